/** Enters full screen on the whole page, or leaves it; browsers that refuse are ignored. */
export function toggleFullscreen(): void {
  const request = document.fullscreenElement
    ? document.exitFullscreen?.()
    : document.documentElement.requestFullscreen?.();
  request?.catch(() => undefined);
}
