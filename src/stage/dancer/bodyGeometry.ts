import { Vector3, type BufferGeometry } from 'three';
import { JOINTS, pointIndex, type JointName, type PointName, type Rig } from '../../core';
import { bodyShapeFor, type BodyShape } from './bodyShape';
import { restPoints } from './dancerSkeleton';
import { crownHeight, FACE_V_RANGE, headLayoutFor, headRadius, type HeadLayout } from './headShape';
import {
  axisRings,
  chainWeights,
  frontCrowded,
  gathered,
  mixIn,
  spaced,
  type Axis,
  type AxisRing,
} from './loft';
import { MeshBuilder, type Influences, type RingVertex } from './meshBuilder';
import { sectionAt, sectionPoint } from './profile';

/** What a vertex of a dancer's body is; the body material colors each part by the costume. */
export const PART = {
  /** Torso, neck and head (the bodice, the tunic's top or bare skin, by height). */
  trunk: 0,
  arm: 1,
  leg: 2,
  foot: 3,
  hair: 4,
  ribbon: 5,
  garment: 6,
  ear: 7,
} as const;

const B = (name: JointName) => JOINTS.indexOf(name);
const UP = new Vector3(0, 1, 0);
const DOWN = new Vector3(0, -1, 0);
const X = new Vector3(1, 0, 0);
const Y = new Vector3(0, 1, 0);
const Z = new Vector3(0, 0, 1);

const smoothstep = (e0: number, e1: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
};

/** Everything the parts of one body are built from. */
interface Build {
  rig: Rig;
  k: number;
  at: (name: PointName) => Vector3;
  shape: BodyShape;
  head: HeadLayout;
  mesh: MeshBuilder;
  /** 1 for the full body, less for a lighter one (fewer vertices around, rings farther apart). */
  detail: number;
}

const SEGMENTS = { trunk: 44, arm: 14, leg: 16, foot: 12, small: 10 } as const;

/** Vertices around a tube of `name` at the build's detail (even, so the body stays symmetric). */
const around = (b: Build, name: keyof typeof SEGMENTS) =>
  Math.max(6, 2 * Math.round((SEGMENTS[name] * b.detail) / 2));
/** A ring spacing at the build's detail. */
const apart = (b: Build, m: number) => m / b.detail;
/** The trunk's vertices crowd to the front, where the face and the bodice's neckline are. */
const TRUNK_SPREAD = frontCrowded(3.5);

/** The trunk's bones by rest height (her meters), with the shoulders and hips mixed in. */
function trunkInfluences(b: Build, y: number, x: number, angle: number): Influences {
  const yf = y / b.k;
  const side = x >= 0 ? 'L' : 'R';
  const ax = Math.abs(x) / b.k;
  let w = chainWeights(
    yf,
    [B('pelvis'), B('spineLower'), B('spineUpper'), B('neck')],
    [
      [0.99, 1.1],
      [1.18, 1.3],
      [1.41, 1.46],
    ],
  );
  // The jaw is the head's even where the back of the neck, at the same height, is the neck's.
  const headShare = smoothstep(1.455, 1.51, yf + 0.035 * Math.cos(angle));
  if (headShare > 0) w = mixIn(w, B('head'), headShare);
  // The tops of the shoulders lift a little with the collarbones.
  const shoulder =
    0.6 *
    smoothstep(0.08, 0.13, ax) *
    smoothstep(1.33, 1.39, yf) *
    (1 - smoothstep(1.42, 1.45, yf));
  if (shoulder > 0) w = mixIn(w, B(`clavicle${side}`), shoulder);
  // Over the arm's head the shoulder rounds with the arm as it rises.
  const deltoid = 0.5 * smoothstep(0.13, 0.18, ax) * smoothstep(1.33, 1.38, yf);
  if (deltoid > 0) w = mixIn(w, B(`shoulder${side}`), deltoid);
  // The seat and the outer hip follow the thigh a little.
  const hip = 0.35 * (1 - smoothstep(0.85, 0.97, yf)) * smoothstep(0.02, 0.11, ax);
  if (hip > 0) w = mixIn(w, B(`hip${side}`), hip);
  return w;
}

/** The trunk: one loft from the crotch up the torso and neck to the crown of the head. */
function addTrunk(b: Build): void {
  const { shape, head, k } = b;
  const headJoint = b.at('head');
  const s = head.scale;
  const torsoTop = shape.torso.at(-1)!.at;
  const axis: Axis = { origin: new Vector3(), dir: UP, e1: X, e2: Z };
  const torsoRings: AxisRing[] = gathered(
    shape.torso[0]!.at + 0.005 * k,
    torsoTop,
    apart(b, 0.016 * k),
    apart(b, 0.032 * k),
    [
      [0.98 * k, 1.12 * k],
      [1.2 * k, 1.3 * k],
      [1.34 * k, 1.47 * k],
    ],
  ).map((y) => {
    const section = sectionAt(shape.torso, y);
    return {
      t: y,
      section,
      push: (angle) => shape.torsoBumps(angle, y),
      influences: (angle) => trunkInfluences(b, y, Math.sin(angle) * section.side, angle),
    };
  });
  const rings = axisRings(axis, torsoRings, around(b, 'trunk'), TRUNK_SPREAD);
  // The head's rings: horizontal slices of the skull, the face and the hair, closer under the chin.
  const [v0, v1] = FACE_V_RANGE;
  const startH = torsoTop - headJoint.y + 0.0025 * s;
  const heights = [
    ...spaced(startH, -0.035 * s, apart(b, 0.004 * s)),
    ...spaced(-0.031 * s, 0.07 * s, apart(b, 0.005 * s)),
    ...spaced(0.076 * s, crownHeight(head) - 0.003 * s, apart(b, 0.007 * s)),
  ];
  const az = head.axisZ * s;
  for (const yH of heights) {
    const y = headJoint.y + yH;
    rings.push(
      Array.from({ length: around(b, 'trunk') }, (_, j): RingVertex => {
        const u = TRUNK_SPREAD(j / around(b, 'trunk'));
        const angle = -Math.PI + 2 * Math.PI * u;
        const r = headRadius(head, angle, yH);
        const position = new Vector3(
          Math.sin(angle) * r,
          y,
          headJoint.z + az + Math.cos(angle) * r,
        );
        const v = Math.min(1, Math.max(0, (yH / s - v0) / (v1 - v0)));
        return {
          position,
          u,
          v,
          influences: trunkInfluences(b, y, position.x, angle),
        };
      }),
    );
  }
  const crown = headJoint.y + crownHeight(head);
  b.mesh.loft(
    rings,
    PART.trunk,
    { pole: new Vector3(0, shape.torso[0]!.at, 0) },
    { pole: new Vector3(0, crown, headJoint.z + az), v: 1 },
  );
}

/** One arm, hanging at rest: from the deltoid's cap over the shoulder to the finger tips. */
function addArm(b: Build, side: 'L' | 'R'): void {
  const shoulder = b.at(`shoulder${side}`);
  const k = b.k;
  const chain = [B(`clavicle${side}`), B(`shoulder${side}`), B(`elbow${side}`), B(`wrist${side}`)];
  const transitions: Array<[number, number]> = [
    [-0.02 * k, 0.06 * k],
    [0.23 * k, 0.31 * k],
    [0.49 * k, 0.535 * k],
  ];
  const stations = b.shape.arm;
  const ts = gathered(
    stations[0]!.at,
    stations.at(-1)!.at,
    apart(b, 0.014 * k),
    apart(b, 0.04 * k),
    [
      [-0.03 * k, 0.06 * k],
      [0.22 * k, 0.32 * k],
      [0.48 * k, 0.69 * k],
    ],
  );
  const rings = axisRings(
    { origin: shoulder, dir: DOWN, e1: X, e2: Z },
    ts.map((t) => ({
      t,
      section: sectionAt(stations, t),
      influences: () => chainWeights(t, chain, transitions),
    })),
    around(b, 'arm'),
  );
  const tip = shoulder.clone().addScaledVector(DOWN, stations.at(-1)!.at + 0.003 * k);
  const top = shoulder.clone().addScaledVector(UP, -stations[0]!.at + 0.003 * k);
  b.mesh.loft(rings, PART.arm, { pole: top }, { pole: tip });
  addThumb(b, side, shoulder);
}

/** The thumb, lying along the front edge of the hanging hand. */
function addThumb(b: Build, side: 'L' | 'R', shoulder: Vector3): void {
  const k = b.k;
  const inward = side === 'L' ? -1 : 1;
  const origin = shoulder.clone().add(new Vector3(inward * 0.004 * k, -0.535 * k, 0.02 * k));
  const dir = new Vector3(0, -0.82, 0.57).normalize();
  const e2 = new Vector3().crossVectors(X, dir).normalize();
  const len = 0.052 * k;
  const rings = axisRings(
    { origin, dir, e1: X, e2 },
    spaced(0, len, 0.006 * k).map((t) => {
      const r =
        (0.0095 - 0.003 * (t / len)) *
        k *
        Math.sqrt(Math.max(0.05, 1 - ((t - 0.2 * len) / (1.05 * len)) ** 6));
      return {
        t,
        section: { at: t, side: r * 0.85, front: r, back: r, shift: 0, exponent: 2 },
        influences: () => [[B(`wrist${side}`), 1]],
      };
    }),
    around(b, 'small'),
  );
  b.mesh.loft(
    rings,
    PART.arm,
    { pole: origin.clone().addScaledVector(dir, -0.004 * k) },
    { pole: origin.clone().addScaledVector(dir, len + 0.004 * k) },
  );
}

/** One leg, from inside the hip to just inside the foot. */
function addLeg(b: Build, side: 'L' | 'R'): void {
  const hip = b.at(`hip${side}`);
  const k = b.k;
  const chain = [B('pelvis'), B(`hip${side}`), B(`knee${side}`), B(`ankle${side}`)];
  const transitions: Array<[number, number]> = [
    [-0.07 * k, 0.05 * k],
    [0.37 * k, 0.47 * k],
    [0.785 * k, 0.845 * k],
  ];
  const stations = b.shape.leg;
  const ts = gathered(
    stations[0]!.at,
    stations.at(-1)!.at,
    apart(b, 0.016 * k),
    apart(b, 0.05 * k),
    [
      [-0.085 * k, 0.06 * k],
      [0.36 * k, 0.48 * k],
      [0.76 * k, 0.85 * k],
    ],
  );
  const rings = axisRings(
    { origin: hip, dir: DOWN, e1: X, e2: Z },
    ts.map((t) => ({
      t,
      section: sectionAt(stations, t),
      influences: () => chainWeights(t, chain, transitions),
    })),
    around(b, 'leg'),
  );
  const top = hip.clone().addScaledVector(UP, -stations[0]!.at + 0.003 * k);
  const bottom = hip.clone().addScaledVector(DOWN, stations.at(-1)!.at + 0.003 * k);
  b.mesh.loft(rings, PART.leg, { pole: top }, { pole: bottom });
}

/** One foot in its shoe: from the back of the heel to the toe tip, the sole on the floor. */
function addFoot(b: Build, side: 'L' | 'R'): void {
  const ankle = b.at(`ankle${side}`);
  const k = b.k;
  const stations = b.shape.foot;
  const chain = [B(`ankle${side}`), B(`toes${side}`)];
  const ball = b.at(`toes${side}`).z - ankle.z;
  const transitions: Array<[number, number]> = [[ball - 0.025 * k, ball + 0.02 * k]];
  const ts = gathered(
    stations[0]!.at,
    stations.at(-1)!.at,
    apart(b, 0.01 * k),
    apart(b, 0.02 * k),
    [
      [-0.075 * k, -0.04 * k],
      [0.1 * k, 0.22 * k],
    ],
  );
  const origin = new Vector3(ankle.x, 0, ankle.z);
  const rings = axisRings(
    { origin, dir: Z, e1: X, e2: Y },
    ts.map((t) => ({
      t,
      section: sectionAt(stations, t),
      influences: () => chainWeights(t, chain, transitions),
    })),
    around(b, 'foot'),
  );
  const end = (t: number) => {
    const s = sectionAt(stations, t);
    return origin.clone().add(new Vector3(0, s.shift, t));
  };
  b.mesh.loft(
    rings,
    PART.foot,
    { pole: end(stations[0]!.at - 0.003 * k) },
    { pole: end(stations.at(-1)!.at + 0.003 * k) },
  );
}

/** An ellipsoid piece (bun, ear) riding one bone, optionally with grooves. */
function addBlob(
  b: Build,
  center: Vector3,
  axis: Axis,
  radii: [number, number, number],
  part: number,
  bone: number,
  groove = 0,
): void {
  const [side, front, depth] = radii;
  const rings = axisRings(
    { ...axis, origin: center },
    spaced(-depth * 0.96, depth * 0.96, depth / 7).map((t) => {
      const f = Math.sqrt(Math.max(0, 1 - (t / depth) ** 2));
      return {
        t,
        section: {
          at: t,
          side: side * f,
          front: front * f,
          back: front * f,
          shift: 0,
          exponent: 2,
        },
        push: groove ? (angle) => groove * f * Math.sin(6 * angle + (18 * t) / depth) : undefined,
        influences: () => [[bone, 1]],
      };
    }),
    around(b, 'small') + 4,
  );
  b.mesh.loft(
    rings,
    part,
    { pole: center.clone().addScaledVector(axis.dir, -depth) },
    { pole: center.clone().addScaledVector(axis.dir, depth) },
  );
}

/** Pointe-shoe ribbons: two bands crossing over the front of the ankle, one wrapped straight. */
function addRibbons(b: Build, side: 'L' | 'R'): void {
  const hip = b.at(`hip${side}`);
  const ankle = b.at(`ankle${side}`);
  const k = b.k;
  const chain = [B(`hip${side}`), B(`knee${side}`), B(`ankle${side}`)];
  const transitions: Array<[number, number]> = [
    [0.37 * k, 0.47 * k],
    [0.785 * k, 0.845 * k],
  ];
  const segments = around(b, 'leg');
  // The second crossing band lies a hair over the first where they cross.
  const bands: Array<[number, number, number]> = [
    [ankle.y + 0.052 * k, 0.02 * k, 0],
    [ankle.y + 0.052 * k, -0.02 * k, 0.0006 * k],
    [ankle.y + 0.034 * k, 0, 0],
  ];
  for (const [y0, tilt, over] of bands) {
    const ring = (out: number, dy: number): RingVertex[] =>
      Array.from({ length: segments }, (_, j) => {
        const angle = -Math.PI + (2 * Math.PI * j) / segments;
        const y = y0 + tilt * Math.sin(angle) + dy;
        const d = hip.y - y;
        const section = sectionAt(b.shape.leg, d);
        const [x, z] = sectionPoint(section, angle);
        const dz = z - section.shift;
        const r = Math.hypot(x, dz) || 1;
        const lift = out + over;
        const position = new Vector3(hip.x + x + (lift * x) / r, y, hip.z + z + (lift * dz) / r);
        return { position, u: j / segments, v: 0, influences: chainWeights(d, chain, transitions) };
      });
    const w = 0.0042 * k;
    const inner = 0.0006 * k;
    const outer = 0.0024 * k;
    // A flat band with a little thickness: a thin wedge, its faces out, up and in.
    b.mesh.loft(
      [ring(inner, -w), ring(outer, 0), ring(inner, w), ring(inner, -w)],
      PART.ribbon,
      'open',
      'open',
    );
  }
}

/**
 * The skinned body of a dancer built on `rig` (one per gender; shared by every figure of it).
 * `detail` below 1 builds a lighter body for figures seen small (the same shape, fewer vertices).
 */
export function createBodyGeometry(rig: Rig, detail = 1): BufferGeometry {
  const points = restPoints(rig);
  const k = rig.heightM / 1.65;
  const b: Build = {
    rig,
    k,
    at: (name) => points[pointIndex(name)]!,
    shape: bodyShapeFor(rig.gender, rig.heightM),
    head: headLayoutFor(rig.gender, rig.heightM),
    mesh: new MeshBuilder(),
    detail,
  };
  addTrunk(b);
  for (const side of ['L', 'R'] as const) {
    addArm(b, side);
    addLeg(b, side);
    addFoot(b, side);
    if (rig.gender === 'female') addRibbons(b, side);
  }
  const head = b.at('head');
  const s = b.head.scale;
  if (rig.gender === 'female') {
    // The bun, coiled, high at the back of the head.
    addBlob(
      b,
      head.clone().add(new Vector3(0, 0.064 * s, -0.108 * s)),
      {
        origin: head,
        dir: new Vector3(0, 0.35, -1).normalize(),
        e1: X,
        e2: new Vector3(0, 1, 0.35).normalize(),
      },
      [0.034 * s, 0.03 * s, 0.026 * s],
      PART.hair,
      B('head'),
      0.0016 * s,
    );
  } else {
    for (const sign of [1, -1]) {
      addBlob(
        b,
        head.clone().add(new Vector3(sign * 0.071 * s, 0.02 * s, -0.01 * s)),
        { origin: head, dir: new Vector3(sign, 0, 0), e1: Z, e2: Y },
        [0.016 * s, 0.027 * s, 0.008 * s],
        PART.ear,
        B('head'),
      );
    }
  }
  return b.mesh.build();
}
