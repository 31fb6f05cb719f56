import { Vector3, type BufferGeometry } from 'three';
import { JOINTS, pointIndex, type JointName, type Rig } from '../../core';
import { bodyShapeFor } from './bodyShape';
import { PART } from './bodyGeometry';
import { restPoints } from './dancerSkeleton';
import { axisRings, mixIn, spaced } from './loft';
import { MeshBuilder, type Influences } from './meshBuilder';
import { sectionAt, sectionPoint } from './profile';

/** The garments a costume cut hangs from the waist. */
export type GarmentCut = 'tutu' | 'tunic' | 'skirt' | 'jacket';

const B = (name: JointName) => JOINTS.indexOf(name);
const smoothstep = (e0: number, e1: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
};

/**
 * Weights of a garment point at angle `angle` (0 front, +π/2 the dancer's left): the pelvis,
 * with `legShare` of it following the hip (and `kneeShare` the knee) on the point's side, so a
 * skirt swings with the leg under it. Points over the middle split between both legs.
 */
function garmentInfluences(angle: number, legShare: number, kneeShare = 0): Influences {
  let w: Influences = [[B('pelvis'), 1]];
  const left = smoothstep(-0.35, 0.75, Math.sin(angle));
  const right = smoothstep(-0.35, 0.75, -Math.sin(angle));
  const total = left + right || 1;
  for (const [side, share] of [
    ['L', left / total],
    ['R', right / total],
  ] as const) {
    if (legShare * share > 0) w = mixIn(w, B(`hip${side}`), legShare * share);
    if (kneeShare * share > 0) w = mixIn(w, B(`knee${side}`), kneeShare * share);
  }
  return w;
}

/**
 * A classical tutu: four layers of tulle standing out from the hips, each a little shorter and
 * lower than the one above, pleated, ragged and drooping at the rim, their edges soft (alpha to
 * 0). It rides the pelvis and the waist, stiff as net on a hoop.
 */
function createTutu(rig: Rig): BufferGeometry {
  const k = rig.heightM / 1.65;
  const shape = bodyShapeFor(rig.gender, rig.heightM);
  const torso = shape.torso;
  const pelvisY = restPoints(rig)[pointIndex('pelvis')]!.y;
  const mesh = new MeshBuilder();
  const segments = 64;
  const radial = 6;
  const layers = [
    { y: pelvisY - 0.002 * k, outer: 0.4 * k, droop: 0.022 * k, shade: 1, phase: 0 },
    { y: pelvisY - 0.013 * k, outer: 0.385 * k, droop: 0.032 * k, shade: 0.97, phase: 1.7 },
    { y: pelvisY - 0.024 * k, outer: 0.36 * k, droop: 0.04 * k, shade: 0.94, phase: 3.1 },
    { y: pelvisY - 0.035 * k, outer: 0.325 * k, droop: 0.046 * k, shade: 0.9, phase: 4.4 },
  ];
  // Lowest layer first: seen from above (most shots), the upper layers blend over the lower.
  for (const layer of [...layers].reverse()) {
    const section = sectionAt(torso, layer.y);
    const rows: number[][] = [];
    for (let i = 0; i <= radial; i++) {
      const t = i / radial;
      const row: number[] = [];
      for (let j = 0; j < segments; j++) {
        const angle = (2 * Math.PI * j) / segments;
        const [ix, iz] = sectionPoint(section, angle);
        // Over the body's own swellings (the seat), not through them.
        // The tulle starts inside the bodice, so however the hips turn no gap opens at the waist.
        const inner = Math.hypot(ix, iz) + shape.torsoBumps(angle, layer.y) - 0.012 * k;
        const pleat = Math.sin(22 * angle + layer.phase);
        // The rim is ragged: net cut in points, each layer out of step with the next.
        const ragged = 0.012 * k * t ** 3 * Math.sin(37 * angle + 2 * layer.phase);
        const r =
          inner +
          (layer.outer - inner) * t +
          0.01 * k * t * Math.sin(9 * angle + layer.phase) +
          ragged;
        const y = layer.y - layer.droop * t ** 1.8 + 0.006 * k * t * pleat;
        const position = new Vector3(Math.sin(angle) * r, y, Math.cos(angle) * r);
        // Folds a little darker, the net thinning toward the rim and fading out at it.
        const shade = layer.shade * (0.93 + 0.07 * pleat);
        const alpha = i === radial ? 0 : (0.99 - 0.14 * t ** 2) * (0.94 + 0.06 * pleat);
        // Stiff net: it rides the pelvis and, a little, the waist above it, so it tilts less
        // than the hips do. Not the legs: a thigh's turnout would wring the plate.
        const influences = mixIn([[B('pelvis'), 1]], B('spineLower'), 0.4);
        row.push(
          mesh.vertex(position, 0, 0, PART.garment, influences, [shade, shade, shade, alpha]),
        );
      }
      rows.push(row);
    }
    for (let i = 0; i < radial; i++) {
      for (let j = 0; j < segments; j++) {
        const j1 = (j + 1) % segments;
        const a = rows[i]!;
        const b = rows[i + 1]!;
        mesh.triangle(a[j]!, b[j]!, b[j1]!);
        mesh.triangle(a[j]!, b[j1]!, a[j1]!);
      }
    }
  }
  return mesh.build();
}

/**
 * A closed skirt around the trunk from `topY` down to `hemY`: out over the torso by `ease(y)`
 * meters, down the outside, round the hem and back up the inside, so it needs no double-sided
 * material. Weighted to the pelvis, the lower part swinging with the legs by `legShare(y)`.
 */
function createWrap(
  rig: Rig,
  topY: number,
  hemY: number,
  ease: (y: number) => number,
  legShare: (y: number) => number,
  kneeShare: (y: number) => number = () => 0,
): BufferGeometry {
  const k = rig.heightM / 1.65;
  const shape = bodyShapeFor(rig.gender, rig.heightM);
  const torso = shape.torso;
  const hipsY = 0.93 * k;
  const mesh = new MeshBuilder();
  const ys = spaced(topY, hemY, 0.04 * k);
  const wall = 0.006 * k;
  const ring = (y: number, inset: number) => {
    // Below the hips a skirt falls from the hips' width, not the legs'.
    const section = sectionAt(torso, Math.max(y, hipsY));
    return {
      t: -y,
      section,
      push: (angle: number) => shape.torsoBumps(angle, Math.max(y, hipsY)) + ease(y) - inset,
      influences: (angle: number) => garmentInfluences(angle, legShare(y), kneeShare(y)),
    };
  };
  const rings = [
    ...ys.map((y) => ring(y, 0)),
    ring(hemY - 0.004 * k, wall * 0.5),
    ...[...ys].reverse().map((y) => ring(y, wall)),
    ring(topY, 0),
  ];
  const down = new Vector3(0, -1, 0);
  mesh.loft(
    axisRings(
      { origin: new Vector3(), dir: down, e1: new Vector3(1, 0, 0), e2: new Vector3(0, 0, 1) },
      rings,
      40,
    ),
    PART.garment,
    'open',
    'open',
  );
  return mesh.build();
}

/** The garment of a cut for a rig (shared by every figure of that gender and cut). */
export function createGarmentGeometry(rig: Rig, cut: GarmentCut): BufferGeometry {
  const k = rig.heightM / 1.65;
  switch (cut) {
    case 'tutu':
      return createTutu(rig);
    case 'tunic':
      // The danseur's tunic skirt: from the waist, flaring a little over the tops of the thighs.
      return createWrap(
        rig,
        1.05 * k,
        0.845 * k,
        (y) => 0.006 * k + 0.022 * k * smoothstep(1.0 * k, 0.845 * k, y),
        (y) => 0.45 * smoothstep(0.95 * k, 0.845 * k, y),
      );
    case 'skirt':
      // A character's long skirt: an A-line from the waist to mid-calf, wide enough to walk in.
      return createWrap(
        rig,
        1.09 * k,
        0.36 * k,
        (y) => 0.007 * k + 0.11 * k * smoothstep(0.95 * k, 0.36 * k, y) ** 0.8,
        (y) => 0.55 * smoothstep(0.92 * k, 0.5 * k, y),
        (y) => 0.12 * smoothstep(0.6 * k, 0.36 * k, y),
      );
    case 'jacket':
      // A character's jacket, its hem close over the hips.
      return createWrap(
        rig,
        1.09 * k,
        0.87 * k,
        (y) => 0.009 * k + 0.012 * k * smoothstep(1.0 * k, 0.87 * k, y),
        (y) => 0.25 * smoothstep(0.95 * k, 0.87 * k, y),
      );
  }
}
