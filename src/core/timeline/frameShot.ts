import type { Shot } from '../cuesheet/vocabulary';
import { easeInOut } from './easeInOut';
import { exitDistance } from './theatreBounds';
import type { ShotKey, Vec3 } from './types';

/** An axis-aligned box [minX, minY, minZ, maxX, maxY, maxZ] in meters. */
export type Box = [number, number, number, number, number, number];

/** Where a camera is, what it looks at, and its vertical field of view. */
export interface CameraPose {
  position: Vec3;
  target: Vec3;
  fovDeg: number;
}

/** Vertical field of view (deg) of a 35 mm full-frame lens (24 mm tall sensor). */
export function lensFovDeg(focalMm: number): number {
  return (2 * Math.atan(12 / focalMm) * 180) / Math.PI;
}

/** Fraction of the half-frame the subject's box may fill. */
export const FRAME_MARGIN = 0.78;
/**
 * The lower band of the frame the captions own (ART.md; the 22% in landscape): a
 * dancer is framed above it, between these heights of the frame in NDC (-1 bottom, 1 top).
 */
export const CAPTION_BAND = 0.22;
const PEOPLE_LOW_NDC = -1 + 2 * CAPTION_BAND;
const PEOPLE_HIGH_NDC = 0.88;
const ASPECT = 16 / 9;
const THIRD_SHIFT = 0.12;
const TRACK_SHIFT = 0.14;
const DEG = Math.PI / 180;
const GROUP_MAX_FOCAL_MM = 28;
// Never zoom out wider than a 12 mm lens.
const MAX_TAN_V = 1;

interface Lens {
  focalMm: number;
  elevationDeg: number;
}

// ART.md lenses; elevation is the camera's height angle above the subject's centre.
const LENSES: Record<Shot, Lens> = {
  establishing: { focalMm: 24, elevationDeg: -4 },
  // Wide looks over the front rows' heads (they stand in an ovation), not up through them.
  wide: { focalMm: 35, elevationDeg: 5 },
  full: { focalMm: 50, elevationDeg: 2 },
  medium: { focalMm: 85, elevationDeg: 3 },
  close: { focalMm: 135, elevationDeg: 2 },
  'extreme-close': { focalMm: 180, elevationDeg: 0 },
  'pov-audience': { focalMm: 28, elevationDeg: 10 },
  'pov-stage': { focalMm: 50, elevationDeg: -3 },
  overhead: { focalMm: 35, elevationDeg: 62 },
  'low-angle': { focalMm: 35, elevationDeg: -10 },
};

/** The lens of a shot as a 35 mm-equivalent focal length. */
export function shotFocalMm(shot: Shot): number {
  return LENSES[shot].focalMm;
}

/** Smallest distance from the look centre (along the view) that keeps `box` inside the frame. */
function fitDistance(
  box: Box,
  cx: number,
  cy: number,
  cz: number,
  azimuthDeg: number,
  elevationDeg: number,
  tanV: number,
  shift: number,
  low = -FRAME_MARGIN,
  high = FRAME_MARGIN,
): number {
  const ca = Math.cos(azimuthDeg * DEG);
  const sa = Math.sin(azimuthDeg * DEG);
  const ce = Math.cos(elevationDeg * DEG);
  const se = Math.sin(elevationDeg * DEG);
  // o: from the centre toward the camera; r: camera right; u: camera up.
  const ox = sa * ce;
  const oy = se;
  const oz = ca * ce;
  const rx = ca;
  const rz = -sa;
  const ux = -sa * se;
  const uy = ce;
  const uz = -ca * se;
  const tanH = tanV * ASPECT;
  let distM = 0.5;
  for (let corner = 0; corner < 8; corner++) {
    const px = (corner & 1 ? box[3] : box[0]) - cx;
    const py = (corner & 2 ? box[4] : box[1]) - cy;
    const pz = (corner & 4 ? box[5] : box[2]) - cz;
    const x = px * rx + pz * rz;
    const y = px * ux + py * uy + pz * uz;
    const o = px * ox + py * oy + pz * oz;
    const m = FRAME_MARGIN;
    distM = Math.max(
      distM,
      (x + tanH * m * o) / (tanH * (m - shift)),
      (-x + tanH * m * o) / (tanH * (m + shift)),
      y > 0 ? y / (tanV * high) + o : -y / (tanV * -low) + o,
      o + 0.4,
    );
  }
  return distM;
}

/**
 * Frames `box` with the shot's lens and move at `sinceSec` into the shot: the camera sits far
 * enough along its view direction that the box fits with margin, the subject a little off-centre.
 */
export function frameShot(key: ShotKey, sinceSec: number, box: Box, out: CameraPose): CameraPose {
  const lens = LENSES[key.shot];
  // The arch and the house are too big for long lenses from inside the theatre.
  const group = key.subject === 'stage' || key.subject === 'audience';
  const focalMm = group ? Math.min(lens.focalMm, GROUP_MAX_FOCAL_MM) : lens.focalMm;
  const tanV = 12 / focalMm;
  const u = easeInOut(sinceSec / Math.max(key.durationSec, 3));
  let cx = (box[0] + box[3]) / 2;
  let cy = (box[1] + box[4]) / 2;
  let cz = (box[2] + box[5]) / 2;
  let azimuthDeg = key.azimuthDeg;
  let elevationDeg = lens.elevationDeg;
  let minDistM = 0;
  if (key.shot === 'establishing') {
    // From the middle of the house (z ≈ 18, y ≈ 2), the whole arch in frame.
    cx = 0;
    cy = 3.5;
    cz = -2;
    azimuthDeg = 0;
    elevationDeg = Math.atan2(2 - cy, 20) / DEG;
    minDistM = 20;
  } else if (key.shot === 'pov-audience' || key.subject === 'audience') {
    azimuthDeg = 180 + key.azimuthDeg * 0.5;
  } else if (key.shot === 'pov-stage') {
    // From the house, seen over the seats: anchor near z = 12, y = 0.6.
    const dz = 12 - cz;
    elevationDeg = Math.atan2(0.6 - cy, dz) / DEG;
    minDistM = Math.hypot(dz, 0.6 - cy);
  } else if (key.shot === 'overhead') {
    minDistM = (14 - cy) / Math.sin(elevationDeg * DEG);
  } else if (key.shot === 'low-angle') {
    // From the pit rail, just above the stage lip, looking up.
    const dz = Math.max(2.6 - cz, 2.5);
    elevationDeg = Math.atan2(0.1 - cy, dz) / DEG;
    minDistM = Math.hypot(dz, 0.1 - cy);
  }
  // Thirds for people; the arch and the house are framed square.
  const square =
    key.shot === 'establishing' || key.subject === 'stage' || key.subject === 'audience';
  const third = square ? 0 : THIRD_SHIFT * key.thirdSign;
  let shift = third;
  let scale = 1;
  let anchorScale = 1;
  switch (key.move) {
    case 'dolly-in':
      scale = 1.3 - 0.3 * u;
      anchorScale = 1 - 0.2 * u;
      break;
    case 'dolly-out':
      scale = 1 + 0.3 * u;
      anchorScale = 0.8 + 0.2 * u;
      break;
    case 'orbit':
      azimuthDeg += key.thirdSign * Math.min(6 * sinceSec, group ? 12 : 70);
      break;
    case 'crane-up':
      elevationDeg += -6 + 22 * u;
      break;
    case 'crane-down':
      elevationDeg += 16 - 22 * u;
      break;
    case 'pan':
      shift = third * (2 * u - 1);
      break;
    case 'track':
      shift += TRACK_SHIFT * (2 * u - 1);
      break;
    default:
      break;
  }
  elevationDeg = Math.max(key.subject === 'audience' ? 4 : -30, Math.min(75, elevationDeg));
  const ca = Math.cos(azimuthDeg * DEG);
  const sa = Math.sin(azimuthDeg * DEG);
  const ce = Math.cos(elevationDeg * DEG);
  const se = Math.sin(elevationDeg * DEG);
  // Inside the theatre there is only so far to back off: past that, zoom out instead.
  const exitM = exitDistance(cx, cy, cz, sa * ce, se, ca * ce);
  let tanNow = tanV;
  // People sit above the captions' band; the arch and the house are framed square.
  const low = square ? -FRAME_MARGIN : PEOPLE_LOW_NDC;
  const high = square ? FRAME_MARGIN : PEOPLE_HIGH_NDC;
  // The box's centre is put at the middle of the band (below), so it fits the band's half-height.
  const mid = (low + high) / 2;
  let fitM =
    scale *
    fitDistance(box, cx, cy, cz, azimuthDeg, elevationDeg, tanNow, shift, low - mid, high - mid);
  for (let k = 0; k < 4 && fitM > exitM && tanNow < MAX_TAN_V; k++) {
    tanNow = Math.min(MAX_TAN_V, (tanNow * fitM) / exitM);
    fitM =
      scale *
      fitDistance(box, cx, cy, cz, azimuthDeg, elevationDeg, tanNow, shift, low - mid, high - mid);
  }
  const distM = Math.min(exitM, Math.max(fitM, minDistM * anchorScale));
  // Shift camera and target together along camera-right so the subject sits off-centre.
  const lateralM = -shift * tanNow * ASPECT * distM;
  // And along camera-up, so the subject's centre sits at the middle of its band.
  const upM = -mid * tanNow * distM;
  const tx = cx + ca * lateralM - sa * se * upM;
  const ty = cy + ce * upM;
  const tz = cz - sa * lateralM - ca * se * upM;
  out.target[0] = tx;
  out.target[1] = ty;
  out.target[2] = tz;
  out.position[0] = tx + sa * ce * distM;
  out.position[1] = ty + se * distM;
  out.position[2] = tz + ca * ce * distM;
  out.fovDeg = (2 * Math.atan(tanNow)) / DEG;
  return out;
}
