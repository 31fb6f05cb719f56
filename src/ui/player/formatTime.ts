/** Formats seconds as m:ss (h:mm:ss from an hour on), flooring to whole seconds; nonsense reads 0:00. */
export function formatTime(sec: number): string {
  const whole = Number.isFinite(sec) && sec > 0 ? Math.floor(sec) : 0;
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = String(whole % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}
