import type { Mark } from '../cuesheet/vocabulary';

/**
 * The theater's dimensions (ART.md, meters; x to the right as the house sees the stage, y up from
 * the stage floor, z toward the house, the curtain line at z = 0). The geometry the stage builds
 * and the limits the camera keeps both come from here, so they cannot disagree.
 */
export const VENUE = {
  /** Half the proscenium opening (14 m wide) and its height. */
  archHalfWidthM: 7,
  archHeightM: 8,
  /** The stage behind the curtain line, and the apron in front of it. */
  stageDepthM: 12,
  apronDepthM: 2,
  /** The stage floor above the auditorium floor. */
  stageHeightM: 1.1,
  /** The orchestra pit in front of the apron. */
  pitDepthM: 3,
  /** The house: first row, rows, their pitch and rise, seats' spacing. */
  firstRowZM: 6,
  rowPitchM: 0.95,
  rowRiseM: 0.09,
  rowCount: 12,
  seatPitchM: 0.55,
} as const;

/** The auditorium floor, relative to the stage floor. */
export const HOUSE_FLOOR_Y_M = -VENUE.stageHeightM;

/** How far inside the proscenium's side walls the camera keeps. */
export const CAMERA_ARCH_MARGIN_M = 0.2;

/** The inside of the theatre the camera may use: side walls, pit to fly loft, back wall to back of the house. */
export const THEATRE_BOX = [-9.5, -0.9, -11.5, 9.5, 16, 19] as [
  number,
  number,
  number,
  number,
  number,
  number,
];

/** Ground positions [x, z] of the marks (ART.md); `edge` is on the dancer's side of the stage. */
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
      return [-(VENUE.archHalfWidthM + 0.5), -5];
    case 'wings-right':
      return [VENUE.archHalfWidthM + 0.5, -5];
  }
}
