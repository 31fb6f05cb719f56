import type { Mark, Role } from '../direction/vocabulary';

/** Ground positions [x, z] of the marks (ART.md); `edge` is on the role's side. */
export function markPosition(mark: Mark, role: Role): [number, number] {
  const side = role === 'ballerina' ? -1 : 1;
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

/** The wing a role waits in before entering: the ballerina stage left (-x), the partner right. */
export function wingsOf(role: Role): Mark {
  return role === 'ballerina' ? 'wings-left' : 'wings-right';
}
