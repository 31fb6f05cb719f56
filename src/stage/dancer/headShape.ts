import type { Gender } from '../../core';
import { bump } from './profile';

/**
 * The head and face of a gender, in meters relative to the head joint at rest (y up, facing +z),
 * measured on the ballerina's head and scaled by `scale` for the partner's. One description
 * serves the geometry (the skull, the nose, lips and brow ridge, the hair's volume) and the face
 * texture (eyes, brows, lips, hairline), so they always line up.
 */
export interface HeadLayout {
  gender: Gender;
  scale: number;
  /** Height of the chin's underside and of the crown, relative to the head joint. */
  chinY: number;
  topY: number;
  /** The vertical axis the head's rings are measured around (z of the axis). */
  axisZ: number;
  /** Radius the face texture maps angle to arc length at (meters per radian). */
  faceRadius: number;
  eye: { angle: number; y: number; halfWidth: number; upper: number; lower: number; tilt: number };
  brow: { inner: number; outer: number; y: number; arch: number; thick: number };
  mouth: { y: number; halfWidth: number; upper: number; lower: number };
  /** Where the hairline runs: height by angle from the front (radians). */
  hairline: (angle: number) => number;
  /** Extra radius of the hair over the skull (meters) by angle and height. */
  hairVolume: (angle: number, y: number) => number;
}

/** The heights (relative to the head joint, her meters) the face texture's v = 0 and v = 1 map to. */
export const FACE_V_RANGE: readonly [number, number] = [-0.09, 0.128];

const smoothstep = (e0: number, e1: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
};
const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/** Her hairline: swept back from the forehead, over the tops of the ears, down to the nape. */
function femaleHairline(angle: number): number {
  const a = Math.abs(angle);
  const front = 0.083 - 0.02 * (a / 1.2) ** 2;
  if (a < 1.2) return front;
  if (a < 1.75) return lerp(front, -0.01, smoothstep(1.2, 1.75, a));
  return lerp(-0.01, -0.05, smoothstep(1.75, 2.6, a));
}

/** His hairline: a little higher at the temples, sideburns, the ears left clear, a short nape. */
function maleHairline(angle: number): number {
  const a = Math.abs(angle);
  const front = (x: number) => 0.09 - 0.005 * Math.cos(x * 3) - 0.012 * (x / 1.05) ** 2;
  if (a < 1.05) return front(a);
  if (a < 1.38) return lerp(front(1.05), 0.01, smoothstep(1.05, 1.38, a));
  if (a < 1.5) return 0.01;
  if (a < 1.8) return lerp(0.01, 0.05, smoothstep(1.5, 1.62, a)) - 0.05 * smoothstep(1.62, 1.8, a);
  return lerp(0.0, -0.04, smoothstep(1.8, 2.5, a));
}

/** The head layout of a gender, for a rig `heightM` tall. */
export function headLayoutFor(gender: Gender, heightM: number): HeadLayout {
  const scale = heightM / 1.65;
  const female = gender === 'female';
  return {
    gender,
    scale,
    chinY: -0.066,
    topY: 0.12,
    axisZ: -0.01,
    faceRadius: 0.078,
    eye: female
      ? { angle: 0.4, y: 0.033, halfWidth: 0.0168, upper: 0.0078, lower: 0.005, tilt: 0.08 }
      : { angle: 0.39, y: 0.034, halfWidth: 0.015, upper: 0.0063, lower: 0.0044, tilt: 0.02 },
    brow: female
      ? { inner: 0.0105, outer: 0.046, y: 0.0505, arch: 0.0045, thick: 0.0027 }
      : { inner: 0.0095, outer: 0.047, y: 0.052, arch: 0.002, thick: 0.0038 },
    mouth: female
      ? { y: -0.025, halfWidth: 0.0175, upper: 0.0056, lower: 0.0066 }
      : { y: -0.026, halfWidth: 0.0185, upper: 0.0042, lower: 0.0055 },
    hairline: female ? femaleHairline : maleHairline,
    hairVolume: female
      ? (_angle, y) => 0.0045 + 0.002 * smoothstep(0.04, 0.11, y)
      : (angle, y) =>
          0.004 +
          0.005 * smoothstep(0.03, 0.1, y) +
          // A little lift at the front of the crown.
          bump(angle, y, 0, 0.095, 0.6, 0.018, 0.005),
  };
}

/** An ellipsoid's approximate signed distance. */
function ellipsoid(
  x: number,
  y: number,
  z: number,
  cx: number,
  cy: number,
  cz: number,
  rx: number,
  ry: number,
  rz: number,
): number {
  const k = Math.hypot((x - cx) / rx, (y - cy) / ry, (z - cz) / rz);
  return (k - 1) * Math.min(rx, ry, rz);
}

/** Polynomial smooth minimum: unions that blend over about `k` meters. */
function smin(a: number, b: number, k: number): number {
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

/** The skull, face and neck as one implicit surface (negative inside), in the head's frame. */
export function headField(layout: HeadLayout, x: number, y: number, z: number): number {
  const s = layout.scale;
  const [px, py, pz] = [x / s, y / s, z / s];
  const female = layout.gender === 'female';
  const cranium = ellipsoid(px, py, pz, 0, 0.043, -0.014, female ? 0.07 : 0.073, 0.077, 0.092);
  const face = ellipsoid(px, py, pz, 0, -0.006, 0.02, female ? 0.047 : 0.055, 0.061, 0.066);
  const chin = ellipsoid(px, py, pz, 0, -0.047, 0.052, female ? 0.019 : 0.025, 0.02, 0.028);
  const neckR = female ? 0.041 : 0.0465;
  const neck = Math.max(Math.hypot(px / 1.06, pz + 0.008) - neckR, py - 0.0);
  const head = smin(smin(cranium, face, 0.022), chin, 0.018);
  return smin(head, neck, 0.03) * s;
}

/** How far the face's features stand out of the skull (meters) at an angle and height. */
export function faceRelief(layout: HeadLayout, angle: number, y: number): number {
  const s = layout.scale;
  const yf = y / s;
  const { eye, mouth } = layout;
  const female = layout.gender === 'female';
  // The nose: a soft, small tip on a low bridge, the wings of the nostrils at its base, the
  // way an animated film draws it (a sharp underside reads as a smudge under stage light).
  const nose =
    (female ? 0.012 : 0.015) * Math.exp(-0.5 * (((yf - 0.008) / 0.011) ** 2 + (angle / 0.1) ** 2)) +
    (female ? 0.005 : 0.007) *
      Math.exp(-0.5 * (((yf - 0.03) / 0.012) ** 2 + (angle / 0.075) ** 2)) +
    bump(angle, yf, 0.12, 0.002, 0.06, 0.006, 0.003) +
    bump(angle, yf, -0.12, 0.002, 0.06, 0.006, 0.003);
  const lips =
    bump(angle, yf, 0, mouth.y + mouth.upper * 0.55, 0.24, 0.0035, female ? 0.0042 : 0.003) +
    bump(angle, yf, 0, mouth.y - mouth.lower * 0.5, 0.22, 0.0045, female ? 0.005 : 0.0038) -
    bump(angle, yf, 0, mouth.y, 0.2, 0.0012, 0.0018);
  const sockets =
    bump(angle, yf, eye.angle, eye.y, 0.2, 0.011, -0.0045) +
    bump(angle, yf, -eye.angle, eye.y, 0.2, 0.011, -0.0045);
  const brow = bump(angle, yf, 0, 0.056, 0.6, 0.008, female ? 0.0025 : 0.004);
  const cheeks =
    bump(angle, yf, 0.78, 0.018, 0.26, 0.018, 0.003) +
    bump(angle, yf, -0.78, 0.018, 0.26, 0.018, 0.003);
  const chin = bump(angle, yf, 0, -0.054, 0.28, 0.008, 0.003);
  return (nose + lips + sockets + brow + cheeks + chin) * s;
}

/** 0..1: how much of the scalp at (angle, height) is hair (the hairline antialiased over 2 mm). */
export function hairCover(layout: HeadLayout, angle: number, y: number): number {
  const line = layout.hairline(angle) * layout.scale;
  return smoothstep(line - 0.001 * layout.scale, line + 0.0015 * layout.scale, y);
}

/** The scalp's hair over the skull at a point (meters): how much the surface stands out there. */
function hairAt(layout: HeadLayout, angle: number, y: number): number {
  // The volume ramps in over a few millimeters, so the hairline is soft, not a helmet's rim.
  const line = layout.hairline(angle) * layout.scale;
  const ramp = smoothstep(line - 0.002 * layout.scale, line + 0.007 * layout.scale, y);
  return ramp * layout.hairVolume(angle, y / layout.scale) * layout.scale;
}

/**
 * The head's surface at an angle (0 = front, counter-clockwise seen from above toward +x) and a
 * height (relative to the head joint): its distance from the head's axis. The skull, swollen
 * by the hair where the hair is, is found by bisection on headField; the face's relief is added.
 */
export function headRadius(layout: HeadLayout, angle: number, y: number): number {
  const dx = Math.sin(angle);
  const dz = Math.cos(angle);
  const az = layout.axisZ * layout.scale;
  const hair = hairAt(layout, angle, y);
  if (headField(layout, 0, y, az) - hair > 0) return 0;
  let lo = 0;
  let hi = 0.16 * layout.scale;
  for (let i = 0; i < 28; i++) {
    const mid = (lo + hi) / 2;
    if (headField(layout, dx * mid, y, az + dz * mid) - hair < 0) lo = mid;
    else hi = mid;
  }
  // The face's relief fades out where the hair begins.
  return lo + faceRelief(layout, angle, y) * (1 - hairCover(layout, angle, y));
}

/** Height of the crown (the top of the hair) above the head joint. */
export function crownHeight(layout: HeadLayout): number {
  const az = layout.axisZ * layout.scale;
  let lo = 0;
  let hi = 0.2 * layout.scale;
  for (let i = 0; i < 28; i++) {
    const mid = (lo + hi) / 2;
    if (headField(layout, 0, mid, az) - hairAt(layout, 0, mid) < 0) lo = mid;
    else hi = mid;
  }
  return lo;
}
