/** Returns `search` with `t` set to `tSec` rounded to 0.1 s and `beat` dropped (a beat would win over it); other params stay. */
export function searchWithTime(search: string, tSec: number): string {
  const query = new URLSearchParams(search);
  const rounded = Math.round((Number.isFinite(tSec) && tSec > 0 ? tSec : 0) * 10) / 10;
  query.delete('beat');
  query.set('t', String(rounded));
  return `?${query.toString()}`;
}
