import type { Gender } from '../../core';
import { bump, type Station } from './profile';

/**
 * The body's proportions (ART.md: long legs, small head, long neck), as cross-sections measured
 * on the ballerina's 1.65 m rig at rest, in meters. The partner's rig is the same figure scaled
 * to 1.85 m; his sections are hers scaled, then broadened where a man is broader.
 */
export interface BodyShape {
  /** The torso from the crotch to the top of the neck, stations at rest heights (y). */
  torso: Station[];
  /** Radial swelling of the torso (bust, shoulder blades, seat, the spine's groove), meters. */
  torsoBumps: (angle: number, y: number) => number;
  /** One arm from above the shoulder joint (negative) to the finger tips, by distance below it. */
  arm: Station[];
  /** One leg from inside the hip to the ankle, by distance below the hip joint. */
  leg: Station[];
  /**
   * One foot (its shoe) from the back of the heel to the toe tip, by distance forward of the
   * ankle: `side` its half-width, `front`/`back` its half-height, `shift` its center's height.
   */
  foot: Station[];
}

// Female torso: heights; half-width, front and back depth; forward shift; exponent.
const FEMALE_TORSO: Station[] = [
  { at: 0.835, side: 0.07, front: 0.05, back: 0.055 },
  { at: 0.86, side: 0.138, front: 0.074, back: 0.085, exponent: 2.2 },
  { at: 0.9, side: 0.166, front: 0.084, back: 0.094, exponent: 2.3 },
  { at: 0.94, side: 0.17, front: 0.084, back: 0.092, exponent: 2.3 },
  { at: 0.99, side: 0.152, front: 0.078, back: 0.078, exponent: 2.2 },
  { at: 1.04, side: 0.124, front: 0.07, back: 0.066 },
  { at: 1.08, side: 0.112, front: 0.068, back: 0.064 },
  { at: 1.13, side: 0.117, front: 0.072, back: 0.068 },
  { at: 1.19, side: 0.127, front: 0.08, back: 0.076, exponent: 2.2 },
  { at: 1.25, side: 0.131, front: 0.082, back: 0.078, exponent: 2.3 },
  { at: 1.31, side: 0.134, front: 0.08, back: 0.079, exponent: 2.4 },
  // The shoulders reach out over the arms' heads, so each arm grows out of the trunk; from
  // there the trapezius slopes up to a long neck.
  { at: 1.35, side: 0.158, front: 0.071, back: 0.073, exponent: 2.5 },
  // In front the chest falls back to the neck from the collarbones: a long neck in front too.
  { at: 1.375, side: 0.19, front: 0.06, back: 0.068, exponent: 2.3 },
  { at: 1.398, side: 0.198, front: 0.049, back: 0.061, exponent: 2.3 },
  { at: 1.416, side: 0.172, front: 0.043, back: 0.055, exponent: 2.3, shift: -0.003 },
  { at: 1.43, side: 0.125, front: 0.04, back: 0.052, exponent: 2.2, shift: -0.005 },
  { at: 1.444, side: 0.077, front: 0.039, back: 0.047, shift: -0.007 },
  { at: 1.456, side: 0.051, front: 0.04, back: 0.043, shift: -0.008 },
  { at: 1.468, side: 0.0435, front: 0.041, back: 0.041, shift: -0.008 },
];

const FEMALE_ARM: Station[] = [
  // The arm's head lies inside the shoulder, which the trunk rounds over it.
  { at: -0.004, side: 0.012, front: 0.012, back: 0.012 },
  { at: 0.0, side: 0.028, front: 0.029, back: 0.029 },
  { at: 0.012, side: 0.035, front: 0.036, back: 0.036 },
  { at: 0.05, side: 0.037, front: 0.038, back: 0.038 },
  { at: 0.11, side: 0.035, front: 0.036, back: 0.036 },
  { at: 0.19, side: 0.031, front: 0.031, back: 0.032 },
  { at: 0.255, side: 0.027, front: 0.027, back: 0.028 },
  { at: 0.285, side: 0.0275, front: 0.027, back: 0.028 },
  { at: 0.32, side: 0.029, front: 0.028, back: 0.027 },
  { at: 0.38, side: 0.026, front: 0.024, back: 0.024 },
  { at: 0.455, side: 0.021, front: 0.018, back: 0.018 },
  { at: 0.505, side: 0.019, front: 0.0145, back: 0.0145 },
  // The hand hangs with its palm to the thigh: wide front to back (z), thin side to side (x);
  // a slender palm, the fingers together and tapering to the tips.
  { at: 0.53, side: 0.0145, front: 0.022, back: 0.022, exponent: 2.3 },
  { at: 0.565, side: 0.0125, front: 0.029, back: 0.027, exponent: 2.5 },
  { at: 0.6, side: 0.0112, front: 0.029, back: 0.026, exponent: 2.5 },
  { at: 0.625, side: 0.0098, front: 0.026, back: 0.023, exponent: 2.4 },
  { at: 0.65, side: 0.0085, front: 0.02, back: 0.019, exponent: 2.2 },
  { at: 0.67, side: 0.0068, front: 0.013, back: 0.012 },
  { at: 0.682, side: 0.004, front: 0.006, back: 0.006 },
];

const FEMALE_LEG: Station[] = [
  { at: -0.085, side: 0.03, front: 0.03, back: 0.03 },
  { at: -0.06, side: 0.062, front: 0.066, back: 0.066 },
  { at: -0.02, side: 0.074, front: 0.077, back: 0.078 },
  { at: 0.04, side: 0.075, front: 0.076, back: 0.08 },
  { at: 0.12, side: 0.069, front: 0.07, back: 0.072 },
  { at: 0.22, side: 0.06, front: 0.062, back: 0.062 },
  { at: 0.33, side: 0.05, front: 0.053, back: 0.051 },
  { at: 0.39, side: 0.045, front: 0.05, back: 0.045 },
  { at: 0.425, side: 0.044, front: 0.051, back: 0.043, shift: 0.004 },
  { at: 0.465, side: 0.041, front: 0.045, back: 0.041, shift: 0.002 },
  { at: 0.53, side: 0.043, front: 0.037, back: 0.05, shift: -0.006 },
  { at: 0.58, side: 0.044, front: 0.035, back: 0.05, shift: -0.008 },
  { at: 0.66, side: 0.036, front: 0.031, back: 0.038, shift: -0.005 },
  { at: 0.74, side: 0.028, front: 0.026, back: 0.028 },
  { at: 0.8, side: 0.027, front: 0.026, back: 0.027 },
  { at: 0.85, side: 0.022, front: 0.022, back: 0.022 },
];

// Forward of the ankle (z), the sole's height and the foot's half-width and half-height.
const FEMALE_FOOT: Array<Station & { bottom: number }> = [
  { at: -0.072, side: 0.012, front: 0.012, back: 0.012, bottom: 0.026 },
  { at: -0.064, side: 0.024, front: 0.03, back: 0.03, bottom: 0.008 },
  { at: -0.045, side: 0.029, front: 0.045, back: 0.045, bottom: 0.001 },
  { at: -0.01, side: 0.031, front: 0.052, back: 0.052, bottom: 0.0 },
  { at: 0.04, side: 0.035, front: 0.045, back: 0.045, bottom: 0.0 },
  { at: 0.09, side: 0.039, front: 0.035, back: 0.035, bottom: 0.0 },
  { at: 0.14, side: 0.041, front: 0.024, back: 0.024, bottom: 0.0, exponent: 2.4 },
  { at: 0.175, side: 0.035, front: 0.02, back: 0.02, bottom: 0.001, exponent: 2.6 },
  { at: 0.2, side: 0.025, front: 0.016, back: 0.016, bottom: 0.002, exponent: 2.8 },
  { at: 0.212, side: 0.017, front: 0.012, back: 0.012, bottom: 0.004, exponent: 2.6 },
  { at: 0.218, side: 0.008, front: 0.006, back: 0.006, bottom: 0.01 },
];

function femaleBumps(angle: number, y: number): number {
  return (
    // A modest bust, held by the bodice.
    bump(angle, y, 0.5, 1.255, 0.34, 0.032, 0.017) +
    bump(angle, y, -0.5, 1.255, 0.34, 0.032, 0.017) +
    // Shoulder blades, the seat, the spine's groove, the collarbones.
    bump(angle, y, 2.55, 1.31, 0.35, 0.04, 0.005) +
    bump(angle, y, -2.55, 1.31, 0.35, 0.04, 0.005) +
    bump(angle, y, 2.65, 0.895, 0.45, 0.04, 0.012) +
    bump(angle, y, -2.65, 0.895, 0.45, 0.04, 0.012) +
    bump(angle, y, Math.PI, 1.2, 0.12, 0.16, -0.005) +
    bump(angle, y, 0.75, 1.39, 0.3, 0.008, 0.003) +
    bump(angle, y, -0.75, 1.39, 0.3, 0.008, 0.003)
  );
}

/** Multiplies the fields of a station (a partner's section from hers). */
function scaled(s: Station, k: number, side: number, depth: number): Station {
  return {
    ...s,
    at: s.at * k,
    side: s.side * k * side,
    front: s.front * k * depth,
    back: s.back * k * depth,
    shift: (s.shift ?? 0) * k,
  };
}

/** A foot station from the table: scaled, its center raised to sit its sole at `bottom`. */
function footStation(s: Station & { bottom: number }, k: number, broad: number): Station {
  const { bottom, ...rest } = s;
  const station = scaled(rest, k, broad, broad);
  return { ...station, shift: bottom * k + station.front };
}

const lerpTable = (table: ReadonlyArray<readonly [number, number]>, y: number): number => {
  const i = table.findIndex(([at]) => at >= y);
  if (i <= 0) return table[i < 0 ? table.length - 1 : 0]![1];
  const [a, va] = table[i - 1]!;
  const [b, vb] = table[i]!;
  return va + ((vb - va) * (y - a)) / (b - a);
};

// His hip joints sit wider than her scaled ones (the pelvis keeps the thigh tops inside); his
// waist is barely narrower than his hips; chest and shoulders broad.
const MALE_SIDE: ReadonlyArray<readonly [number, number]> = [
  [0.86, 1.08],
  [0.99, 1.12],
  [1.08, 1.3],
  [1.19, 1.22],
  [1.31, 1.14],
  [1.4, 1.1],
  [1.47, 1.12],
];
const MALE_DEPTH: ReadonlyArray<readonly [number, number]> = [
  [0.86, 0.95],
  [1.08, 1.12],
  [1.25, 1.08],
  [1.45, 1.12],
];

/** How much broader than her scaled figure he is (side, depth), by height on her figure. */
function maleBroadening(y: number): [number, number] {
  return [lerpTable(MALE_SIDE, y), lerpTable(MALE_DEPTH, y)];
}

/** The body shape of a gender (see BodyShape), for a rig `heightM` tall. */
export function bodyShapeFor(gender: Gender, heightM: number): BodyShape {
  const k = heightM / 1.65;
  if (gender === 'female') {
    return {
      torso: FEMALE_TORSO.map((s) => scaled(s, k, 1, 1)),
      torsoBumps: (angle, y) => femaleBumps(angle, y / k) * k,
      arm: FEMALE_ARM.map((s) => scaled(s, k, 1, 1)),
      leg: FEMALE_LEG.map((s) => scaled(s, k, 1, 1)),
      foot: FEMALE_FOOT.map((s) => footStation(s, k, 1)),
    };
  }
  return {
    torso: FEMALE_TORSO.map((s) => scaled(s, k, ...maleBroadening(s.at))),
    torsoBumps: (angle, y) => {
      const yf = y / k;
      return (
        k *
        // The chest, shoulder blades, a lean seat, the spine's groove.
        (bump(angle, yf, 0.55, 1.285, 0.45, 0.04, 0.008) +
          bump(angle, yf, -0.55, 1.285, 0.45, 0.04, 0.008) +
          bump(angle, yf, 2.55, 1.31, 0.35, 0.04, 0.006) +
          bump(angle, yf, -2.55, 1.31, 0.35, 0.04, 0.006) +
          bump(angle, yf, 2.65, 0.895, 0.45, 0.04, 0.006) +
          bump(angle, yf, -2.65, 0.895, 0.45, 0.04, 0.006) +
          bump(angle, yf, Math.PI, 1.2, 0.12, 0.16, -0.005))
      );
    },
    arm: FEMALE_ARM.map((s) => (s.at > 0.52 ? scaled(s, k, 1.12, 1.08) : scaled(s, k, 1.16, 1.16))),
    leg: FEMALE_LEG.map((s) => scaled(s, k, 1.1, 1.1)),
    foot: FEMALE_FOOT.map((s) => footStation(s, k * 0.96, 1.04)),
  };
}
