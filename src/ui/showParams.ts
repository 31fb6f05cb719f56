/** Rendering quality tiers; `auto` picks one from the device. */
export type Quality = 'low' | 'medium' | 'high' | 'auto';

/** What the URL asks of the show. */
export interface ShowParams {
  /** Beat to start at, if given. */
  beat?: number;
  /** Time to start at, if given (a beat wins over a time). */
  tSec?: number;
  quality: Quality;
  captions: boolean;
  kiosk: boolean;
}

const QUALITIES: readonly Quality[] = ['low', 'medium', 'high', 'auto'];

/** Reads `?beat=N`, `?t=SEC`, `?quality=…`, `?captions=on|off`, `?kiosk`; ignores nonsense. */
export function parseShowParams(search: string): ShowParams {
  const query = new URLSearchParams(search);
  const number = (name: string): number | undefined => {
    const raw = query.get(name);
    if (raw === null || raw.trim() === '') return undefined;
    const value = Number(raw);
    return Number.isFinite(value) && value >= 0 ? value : undefined;
  };
  const beat = number('beat');
  const quality = query.get('quality') as Quality | null;
  return {
    beat: beat === undefined ? undefined : Math.floor(beat),
    tSec: number('t'),
    quality: quality && QUALITIES.includes(quality) ? quality : 'auto',
    captions: query.get('captions') !== 'off',
    kiosk: query.has('kiosk') && query.get('kiosk') !== 'false' && query.get('kiosk') !== '0',
  };
}
