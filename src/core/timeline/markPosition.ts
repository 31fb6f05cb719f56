import type { Mark } from '../cuesheet/vocabulary';

/** Which side of the stage a cast member works from: the lead stage left (-1), the next right, and so on. */
export function sideOf(castIndex: number): -1 | 1 {
  return castIndex % 2 === 0 ? -1 : 1;
}

/** The wing a dancer waits in before entering: the side's own. */
export function wingsOf(side: -1 | 1): Mark {
  return side < 0 ? 'wings-left' : 'wings-right';
}
