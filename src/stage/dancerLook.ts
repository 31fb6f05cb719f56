import { Color, LatheGeometry, SphereGeometry, Vector2, type BufferGeometry } from 'three';
import type { Segment } from '../core';
import type { CostumePalette } from './costumesFor';

/** Segments the torso, head and skirt shapes replace (drawn separately, not as capsules). */
const REPLACED = new Set([
  // The hip bar: the lower torso and the thigh tops fill it; drawn, it poked through the tunic.
  'hipL>hipR',
  'pelvis>spineLower',
  'spineLower>spineUpper',
  'spineUpper>neck',
  'head>headTop',
]);

/** Whether a rig segment is drawn as a capsule limb. */
export function isLimbSegment(segment: Segment): boolean {
  return !REPLACED.has(`${segment.from}>${segment.to}`);
}

/** The color of a capsule segment in a costume, as a linear Color. */
export function segmentColor(c: CostumePalette, segment: Segment, out: Color): Color {
  const to = segment.to;
  let hex = c.legs;
  if (to.startsWith('toe') || to.startsWith('heel')) hex = c.shoes;
  else if (to.startsWith('handTip')) hex = c.skin;
  else if (to.startsWith('shoulder') || to.startsWith('elbow') || to.startsWith('wrist'))
    hex = c.arms;
  else if (to === 'head') hex = c.skin;
  return out.set(hex);
}

/** Far-end radius of a limb, as a fraction of its near radius (the limb shape's taper). */
export const LIMB_TAPER = 0.72;

/**
 * A limb from y = 0 (radius 1) to y = 1 (radius LIMB_TAPER): it swells a little past the near
 * joint (thigh, calf, upper arm) and slims toward the far one (knee, ankle, wrist), like muscle.
 */
export function createLimbGeometry(): BufferGeometry {
  const profile: Array<[number, number]> = [];
  const steps = 8;
  for (let i = 0; i <= steps; i++) {
    const y = i / steps;
    const swell = 0.09 * Math.sin(Math.PI * Math.min(1, y / 0.6));
    profile.push([1 + (LIMB_TAPER - 1) * y * y + swell * (1 - y), y]);
  }
  return new LatheGeometry(
    profile.map(([r, y]) => new Vector2(r, y)),
    10,
  );
}

/** A unit sphere for joints, head and hair. */
export function createJointGeometry(): BufferGeometry {
  return new SphereGeometry(1, 10, 7);
}

function lathe(
  profile: Array<[number, number]>,
  depthScale: number,
  segments = 18,
): BufferGeometry {
  const g = new LatheGeometry(
    profile.map(([r, y]) => new Vector2(r, y)),
    segments,
  );
  g.scale(1, 1, depthScale);
  return g;
}

/** The lower torso (hips to ribs), origin at the pelvis joint, for a ballerina-sized body. */
export function createLowerTorsoGeometry(): BufferGeometry {
  return lathe(
    [
      [0.0, -0.07],
      [0.1, -0.06],
      [0.135, -0.01],
      [0.128, 0.07],
      [0.1, 0.17],
      [0.11, 0.25],
      [0.116, 0.3],
    ],
    0.7,
  );
}

/** The chest and shoulders, origin at the upper spine joint; it widens from the waist line to the shoulders. */
export function createUpperTorsoGeometry(): BufferGeometry {
  const g = lathe(
    [
      [0.104, -0.05],
      [0.116, 0.0],
      [0.126, 0.04],
      [0.128, 0.09],
      [0.112, 0.135],
      [0.078, 0.165],
      [0.04, 0.182],
      [0.0, 0.186],
    ],
    0.7,
  );
  const pos = g.getAttribute('position');
  for (let i = 0; i < pos.count; i++) {
    const t = Math.min(1, Math.max(0, (pos.getY(i) + 0.02) / 0.13));
    pos.setX(i, pos.getX(i) * (1 + 0.16 * t * t * (3 - 2 * t)));
  }
  g.computeVertexNormals();
  return g;
}

/** One tulle layer of the tutu: out along the top, back along the underside (meters, at the hips). */
function tutuLayer(topY: number, outerM: number, droopM: number): Array<[number, number]> {
  return [
    [0.115, topY],
    [outerM * 0.62, topY - droopM * 0.15],
    [outerM * 0.95, topY - droopM * 0.8],
    [outerM, topY - droopM - 0.01],
    [outerM * 0.8, topY - droopM - 0.016],
    [0.12, topY - 0.02],
  ];
}

/**
 * A classical tutu: three stacked discs of tulle, each a little smaller and lower, with
 * ruffled rims out of step with each other, so the skirt reads as layers, not a plate.
 */
export function createTutuGeometry(): BufferGeometry {
  const g = lathe(
    [
      ...tutuLayer(0.025, 0.37, 0.04),
      ...tutuLayer(-0.012, 0.345, 0.045),
      ...tutuLayer(-0.05, 0.3, 0.05),
      [0.11, -0.08],
    ],
    1,
    40,
  );
  const pos = g.getAttribute('position');
  for (let i = 0; i < pos.count; i++) {
    const x = pos.getX(i);
    const y = pos.getY(i);
    const z = pos.getZ(i);
    const angle = Math.atan2(z, x);
    // The ruffle grows toward the rim and shifts phase with height: each layer frills on its own.
    const rim = Math.min(1, Math.max(0, (Math.hypot(x, z) - 0.15) / 0.2));
    const ruffle = 1 + 0.05 * rim * Math.sin(angle * 14 + y * 90);
    const lift = 0.01 * rim * Math.sin(angle * 23 + y * 140);
    pos.setXYZ(i, x * ruffle, y + lift, z * ruffle);
  }
  g.computeVertexNormals();
  return g;
}

/** The skirt of the partner's tunic, flaring a little over the top of the thighs, with a thick hem. */
export function createTunicSkirtGeometry(): BufferGeometry {
  return lathe(
    [
      [0.15, 0.06],
      [0.178, -0.04],
      [0.205, -0.16],
      [0.22, -0.22],
      // Back up the inside: a closed hem, so the skirt needs no double-sided material.
      [0.202, -0.225],
      [0.185, -0.16],
      [0.135, 0.06],
    ],
    0.9,
    24,
  );
}

/**
 * A character's long skirt, from the waist to mid-calf: an A-line wide enough at the hem for a
 * walking stride, with a closed hem like the tunic's.
 */
export function createLongSkirtGeometry(): BufferGeometry {
  return lathe(
    [
      [0.118, 0.17],
      [0.142, 0.07],
      [0.185, -0.05],
      [0.22, -0.25],
      [0.255, -0.48],
      [0.285, -0.7],
      [0.268, -0.706],
      [0.238, -0.48],
      [0.203, -0.25],
      [0.168, -0.05],
      [0.128, 0.07],
      [0.106, 0.17],
    ],
    0.9,
    24,
  );
}

/** The hem of a character's jacket: straight and close over the hips, over trousers. */
export function createJacketHemGeometry(): BufferGeometry {
  return lathe(
    [
      [0.145, 0.08],
      [0.17, -0.02],
      [0.185, -0.12],
      [0.19, -0.17],
      [0.176, -0.174],
      [0.17, -0.12],
      [0.155, -0.02],
      [0.13, 0.08],
    ],
    0.8,
    20,
  );
}
