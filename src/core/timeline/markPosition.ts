import type { Mark } from '../cuesheet/vocabulary';

/** Which side of the stage a cast member works from: the lead stage left (-1), the next right, and so on. */
export function sideOf(castIndex: number): -1 | 1 {
  return castIndex % 2 === 0 ? -1 : 1;
}

/** Ground positions [x, z] of the marks (ART.md); `edge` is on the dancer's side. */
export function markPosition(mark: Mark, side: -1 | 1): [number, number] {
  switch (mark) {
    case 'center':
      return [0, -4];
    case 'downstage':
      return [0, -1];
    case 'upstage':
      return [0, -8];
    case 'edge':
      return [5 * side, -0.5];
    case 'wings-left':
      return [-7.5, -5];
    case 'wings-right':
      return [7.5, -5];
  }
}

/** The wing a dancer waits in before entering: the side's own. */
export function wingsOf(side: -1 | 1): Mark {
  return side < 0 ? 'wings-left' : 'wings-right';
}
