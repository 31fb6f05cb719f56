/**
 * A cross-section of a lofted body part at one station along its axis: half-width to the side,
 * depth to the front and to the back (meters, from the axis), a shift of the center forward, and
 * a superellipse exponent (2 = ellipse, larger = boxier).
 */
export interface Station {
  at: number;
  side: number;
  front: number;
  back: number;
  shift?: number;
  exponent?: number;
}

/** A station's fields resolved (no optionals). */
export type Section = Required<Station>;

const FIELDS = ['side', 'front', 'back', 'shift', 'exponent'] as const;

function field(s: Station, k: (typeof FIELDS)[number]): number {
  if (k === 'shift') return s.shift ?? 0;
  if (k === 'exponent') return s.exponent ?? 2;
  return s[k];
}

/**
 * The section at `at` along a profile of stations (sorted by `at`): a Catmull-Rom spline through
 * them, so the body swells and narrows smoothly between the measured stations. Clamped to the ends.
 */
export function sectionAt(stations: readonly Station[], at: number, out?: Section): Section {
  const result = out ?? { at, side: 0, front: 0, back: 0, shift: 0, exponent: 2 };
  result.at = at;
  let i = 0;
  while (i < stations.length - 2 && stations[i + 1]!.at < at) i++;
  const p1 = stations[i]!;
  const p2 = stations[Math.min(i + 1, stations.length - 1)]!;
  const p0 = stations[Math.max(i - 1, 0)]!;
  const p3 = stations[Math.min(i + 2, stations.length - 1)]!;
  const span = p2.at - p1.at;
  const t = span > 0 ? Math.min(1, Math.max(0, (at - p1.at) / span)) : 0;
  const t2 = t * t;
  const t3 = t2 * t;
  for (const k of FIELDS) {
    const a = field(p0, k);
    const b = field(p1, k);
    const c = field(p2, k);
    const d = field(p3, k);
    result[k] =
      0.5 *
      (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
  }
  return result;
}

/**
 * The point of a section at angle `angle` (0 = front, π/2 = the side `sideSign` points to), as
 * (side offset, front offset) from the axis: a superellipse with its own front and back depth.
 */
export function sectionPoint(section: Section, angle: number): [number, number] {
  const s = Math.sin(angle);
  const c = Math.cos(angle);
  const e = 2 / section.exponent;
  const x = Math.sign(s) * Math.abs(s) ** e * section.side;
  const depth = c >= 0 ? section.front : section.back;
  const z = Math.sign(c) * Math.abs(c) ** e * depth + section.shift;
  return [x, z];
}

/** A bump of `amp` meters centered at (angle0, at0) with widths (σ angle, σ at), wrapping in angle. */
export function bump(
  angle: number,
  at: number,
  angle0: number,
  at0: number,
  sigmaAngle: number,
  sigmaAt: number,
  amp: number,
): number {
  let d = angle - angle0;
  d = Math.atan2(Math.sin(d), Math.cos(d));
  return amp * Math.exp(-0.5 * ((d / sigmaAngle) ** 2 + ((at - at0) / sigmaAt) ** 2));
}
