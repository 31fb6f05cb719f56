import type { Shot } from '../cuesheet/vocabulary';
import { VENUE } from '../venue/venue';
import type { Box } from './frameShot';
import type { DancerFrame } from './types';

const HALF_WIDTH_M = 0.25;
const HEIGHT_M = { female: 1.8, male: 1.85 } as const;
/** The opening of the proscenium at the curtain line. */
export const STAGE_BOX: Box = [
  -VENUE.archHalfWidthM,
  0,
  -1,
  VENUE.archHalfWidthM,
  VENUE.archHeightM,
  0,
];
/** The middle block of the house seats and heads. */
export const AUDIENCE_BOX: Box = [-5, -0.6, 6, 5, 1.4, 13];

const CROP: [number, number, number] = [0, 0, 0];

function setCrop(bottom: number, top: number, halfW: number): [number, number, number] {
  CROP[0] = bottom;
  CROP[1] = top;
  CROP[2] = halfW;
  return CROP;
}

/**
 * The part of a dancer a shot must show, [bottom, top, halfWidth] relative to the root, in a
 * scratch array (it runs every frame, several times during blends: no allocation).
 */
function crop(shot: Shot, heightM: number): [number, number, number] {
  switch (shot) {
    case 'medium':
      return setCrop(heightM * 0.52, heightM + 0.12, 0.3);
    case 'close':
      return setCrop(heightM * 0.74, heightM + 0.06, 0.26);
    case 'extreme-close':
      return setCrop(heightM * 0.84, heightM + 0.02, 0.15);
    case 'full':
      return setCrop(0, heightM + 0.3, HALF_WIDTH_M);
    default:
      return setCrop(0, heightM + 0.1, HALF_WIDTH_M);
  }
}

function addDancer(box: Box, dancer: DancerFrame, shot: Shot): void {
  const [x, y, z] = dancer.root;
  const [bottom, top, halfW] = crop(shot, HEIGHT_M[dancer.gender]);
  box[0] = Math.min(box[0], x - halfW);
  box[1] = Math.min(box[1], y + bottom);
  box[2] = Math.min(box[2], z - halfW);
  box[3] = Math.max(box[3], x + halfW);
  box[4] = Math.max(box[4], y + top);
  box[5] = Math.max(box[5], z + halfW);
}

/**
 * Writes into `out` the box a shot frames: one dancer (`subjectIndex` >= 0), the pair (all
 * dancers), the stage opening, or the house; wide and pov shots take in more around the subject.
 */
export function subjectBox(
  shot: Shot,
  subject: string,
  subjectIndex: number,
  dancers: readonly DancerFrame[],
  out: Box,
): Box {
  const fixed = subject === 'stage' ? STAGE_BOX : subject === 'audience' ? AUDIENCE_BOX : null;
  const one = subjectIndex >= 0 ? dancers[subjectIndex] : undefined;
  if (fixed || (!one && dancers.length === 0)) {
    const from = fixed ?? STAGE_BOX;
    for (let k = 0; k < 6; k++) out[k] = from[k] as number;
    return out;
  }
  out[0] = out[1] = out[2] = Infinity;
  out[3] = out[4] = out[5] = -Infinity;
  if (one) addDancer(out, one, shot);
  else for (const dancer of dancers) addDancer(out, dancer, shot);
  if (shot === 'wide') {
    // Edge to edge: at least 9 m of stage around the subject.
    const cx = Math.max(-2.5, Math.min(2.5, (out[0] + out[3]) / 2));
    out[0] = Math.min(out[0], cx - 4.5);
    out[3] = Math.max(out[3], cx + 4.5);
    out[1] = Math.min(out[1], 0);
    out[4] = Math.max(out[4], 3.5);
  } else if (shot === 'pov-audience') {
    // Room around her back for the dark house beyond.
    out[0] -= 1.2;
    out[3] += 1.2;
    out[4] += 0.8;
  } else if (shot === 'overhead') {
    out[0] -= 1.5;
    out[3] += 1.5;
    out[2] -= 1.5;
    out[5] += 1.5;
  }
  return out;
}
