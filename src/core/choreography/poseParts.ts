import type { JointAngles } from './jointLimits';
import type { Anchor, Contact, Pose, PoseAngles } from './poses';

/** A limb side in authoring: 'R' or 'L'. */
export type Side = 'L' | 'R';

/** The angles of one arm: shoulder, elbow, wrist, clavicle. */
export interface ArmShape {
  shoulder: JointAngles;
  elbow: number;
  wrist?: number;
  clavicle?: JointAngles;
}

/** The angles of one leg: hip, knee, ankle (plantarflexion), toes. */
export interface LegShape {
  hip: JointAngles;
  knee: number;
  ankle: number;
  toes?: number;
}

/** Angles for one arm on `side`. */
export function arm(side: Side, shape: ArmShape): PoseAngles {
  return {
    [`shoulder${side}`]: shape.shoulder,
    [`elbow${side}`]: { flexDeg: shape.elbow },
    [`wrist${side}`]: { flexDeg: shape.wrist ?? 10 },
    [`clavicle${side}`]: shape.clavicle ?? {},
  };
}

/** Angles for one leg on `side`. */
export function leg(side: Side, shape: LegShape): PoseAngles {
  return {
    [`hip${side}`]: shape.hip,
    [`knee${side}`]: { flexDeg: shape.knee },
    [`ankle${side}`]: { flexDeg: shape.ankle },
    [`toes${side}`]: { flexDeg: shape.toes ?? 0 },
  };
}

/** Both arms: the right one `right`, the left one `left` (the same shape when omitted). */
export function arms(right: ArmShape, left: ArmShape = right): PoseAngles {
  return { ...arm('R', right), ...arm('L', left) };
}

/** Port-de-bras arm shapes of the Russian/French schools: soft, rounded, elbows lifted. */
export const ARM = {
  /** Bras bas: low, rounded in front of the thighs, fingertips almost meeting. */
  low: { shoulder: { flexDeg: 10, abductDeg: 15, rotateDeg: -70 }, elbow: 38, wrist: 30 },
  /** First: rounded in front at the height of the diaphragm. */
  first: { shoulder: { flexDeg: 50, abductDeg: 20, rotateDeg: -50 }, elbow: 45, wrist: 30 },
  /** Second: open to the side, a little forward and below the shoulder. */
  second: { shoulder: { flexDeg: 25, abductDeg: 78, rotateDeg: -60 }, elbow: 22, wrist: 5 },
  /** Demi-seconde: low and open. */
  demiSecond: { shoulder: { flexDeg: 15, abductDeg: 45, rotateDeg: -50 }, elbow: 22, wrist: 5 },
  /** Fifth (en haut): rounded above and a little in front of the head. */
  fifth: { shoulder: { flexDeg: 150, abductDeg: 10, rotateDeg: -60 }, elbow: 32, wrist: 10 },
  /** Reaching forward at shoulder height, long but not locked (arabesque's front arm). */
  forward: { shoulder: { flexDeg: 88, abductDeg: 6, rotateDeg: -20 }, elbow: 20, wrist: 0 },
  /** Open to the side and a little back, long (the back arm of arabesque). */
  side: { shoulder: { flexDeg: 0, abductDeg: 72, rotateDeg: -25 }, elbow: 20, wrist: 0 },
} satisfies Record<string, ArmShape>;

/** A straight leg turned out by `turnoutDeg` with a flat foot. */
export function flatLeg(turnoutDeg = 60, flexDeg = 0, abductDeg = 0): LegShape {
  return { hip: { flexDeg, abductDeg, rotateDeg: turnoutDeg }, knee: 0, ankle: 0 };
}

/**
 * A turned-out bent supporting leg with the heel down: the knee travels over the toes, so the
 * thigh tilts along the turned-out foot and the ankle dorsiflexes by half the knee bend.
 */
export function pliedLeg(kneeDeg: number, turnoutDeg = 60, flexDeg = 0): LegShape {
  const half = kneeDeg / 2;
  const t = (turnoutDeg * Math.PI) / 180;
  return {
    hip: {
      flexDeg: flexDeg + half * Math.cos(t),
      abductDeg: half * Math.sin(t),
      rotateDeg: turnoutDeg,
    },
    knee: kneeDeg,
    ankle: -half,
  };
}

/** A straight supporting leg on full pointe (ankle ≥ 90°, toes in line). */
export function pointeLeg(turnoutDeg = 55, flexDeg = 0, abductDeg = 0): LegShape {
  return { hip: { flexDeg, abductDeg, rotateDeg: turnoutDeg }, knee: 0, ankle: 95, toes: 0 };
}

/** A straight supporting leg on demi-pointe (heel up, toes bent up flat on the floor). */
export function demiLeg(turnoutDeg = 55, flexDeg = 0, abductDeg = 0): LegShape {
  return { hip: { flexDeg, abductDeg, rotateDeg: turnoutDeg }, knee: 0, ankle: 48, toes: -48 };
}

/** A working leg in the air: hip angles as given, knee bent `kneeDeg`, foot pointed. */
export function pointedLeg(hip: JointAngles, kneeDeg = 0): LegShape {
  return { hip, knee: kneeDeg, ankle: 85, toes: 10 };
}

/** Retiré passé: the working thigh open to the side, the pointed toe at the supporting knee. */
export const RETIRE: LegShape = pointedLeg({ flexDeg: 70, abductDeg: 65, rotateDeg: 35 }, 135);

/** Both feet on the floor. */
export const BOTH: Contact[] = ['footL', 'footR'];
/** Standing on the left foot (the right leg works). */
export const ON_L: Contact[] = ['footL'];
/** In the air, or held by the partner. */
export const AIR: Contact[] = [];

/** A pose from its support and parts merged left to right. */
export function pose(support: Contact[], ...parts: PoseAngles[]): Pose {
  return { support, angles: Object.assign({}, ...parts) as PoseAngles };
}

/** `p` with its anchor set: which toe tip holds its place while the body moves (see Anchor). */
export function anchored(anchor: Anchor, p: Pose): Pose {
  return { ...p, anchor };
}

/** `p` standing its `sides` feet as in the pose `like` (see keepFeet). */
export function keeping(like: string, sides: readonly Side[], p: Pose): Pose {
  return { ...p, keep: { like, sides } };
}

/** Head and chest: a lifted sternum, a long neck, the chin level. */
export const CARRIAGE: PoseAngles = {
  spineUpper: { flexDeg: -3 },
  neck: { flexDeg: -4 },
  head: { flexDeg: 4 },
};

/** Fifth position legs: the right foot crossed in front, heel toward the left toe. */
export const FIFTH_LEGS: PoseAngles = {
  ...leg('R', flatLeg(64, 5, -4)),
  ...leg('L', flatLeg(64, -4, -4)),
};
