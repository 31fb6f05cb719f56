import { Vector3 } from 'three';
import type { Influences, RingVertex } from './meshBuilder';
import { sectionPoint, type Section } from './profile';

/** A straight axis to loft along: from `origin` in direction `dir`, sections spanned by e1 (side) and e2 (front). */
export interface Axis {
  origin: Vector3;
  dir: Vector3;
  e1: Vector3;
  e2: Vector3;
}

/** What a ring of an axis loft needs: its section, and the bones and texture row of its vertices. */
export interface AxisRing {
  t: number;
  section: Section;
  influences: (angle: number) => Influences;
  /** Extra outward push at an angle (muscle, relief), meters. */
  push?: (angle: number) => number;
  v?: number;
}

const e1x = new Vector3();

/**
 * Rings of `segments` vertices around a straight axis, one per AxisRing. The vertices run so the
 * tube's triangles face outward (MeshBuilder.loft's order) whichever way the axis points;
 * angle 0 is along e2 (the front), π/2 along e1. `spread` maps 0..1 around the ring to 0..1 of
 * the turn (from the back), to crowd vertices where the detail is (the face).
 */
export function axisRings(
  axis: Axis,
  rings: readonly AxisRing[],
  segments: number,
  spread: (u: number) => number = (u) => u,
): RingVertex[][] {
  // Angles must run against e1 × e2 · dir for the loft's winding to face outward.
  const sign = e1x.crossVectors(axis.e1, axis.e2).dot(axis.dir) > 0 ? -1 : 1;
  return rings.map((ring) =>
    Array.from({ length: segments }, (_, j) => {
      const angle = sign * (-Math.PI + 2 * Math.PI * spread(j / segments));
      const [x, z] = sectionPoint(ring.section, angle);
      const push = ring.push?.(angle) ?? 0;
      const len = Math.hypot(x, z - ring.section.shift) || 1;
      const px = x + (push * x) / len;
      const pz = z + (push * (z - ring.section.shift)) / len;
      const position = axis.origin
        .clone()
        .addScaledVector(axis.dir, ring.t)
        .addScaledVector(axis.e1, px)
        .addScaledVector(axis.e2, pz);
      const u = spread(j / segments);
      return { position, u, v: ring.v ?? 0, influences: ring.influences(angle) };
    }),
  );
}

/**
 * Bone weights along a chain: `bones[i]` alone between transitions, blended across each
 * transition [from, to] (smoothstep), so a joint bends like flesh over that span.
 */
export function chainWeights(
  at: number,
  bones: readonly number[],
  transitions: ReadonlyArray<readonly [number, number]>,
): Array<[number, number]> {
  for (let i = 0; i < transitions.length; i++) {
    const [from, to] = transitions[i]!;
    if (at < from) return [[bones[i]!, 1]];
    if (at <= to) {
      const t = (at - from) / (to - from);
      const w = t * t * (3 - 2 * t);
      return [
        [bones[i]!, 1 - w],
        [bones[i + 1]!, w],
      ];
    }
  }
  return [[bones.at(-1)!, 1]];
}

/** Influences with a share `w` of `bone` mixed in (the rest scaled down). */
export function mixIn(influences: Influences, bone: number, w: number): Array<[number, number]> {
  const out = influences.map(([b, x]) => [b, x * (1 - w)] as [number, number]);
  const same = out.find(([b]) => b === bone);
  if (same) same[1] += w;
  else out.push([bone, w]);
  return out;
}

/** Evenly spaced values from `a` to `b` with about `step` between them (both ends included). */
export function spaced(a: number, b: number, step: number): number[] {
  const n = Math.max(1, Math.round(Math.abs(b - a) / step));
  return Array.from({ length: n + 1 }, (_, i) => a + ((b - a) * i) / n);
}

/** A spread (see axisRings) with the vertices `crowd` times denser at the front than at the back. */
export function frontCrowded(crowd: number): (u: number) => number {
  const a = (crowd - 1) / (crowd + 1);
  return (u) => u + (a / (2 * Math.PI)) * Math.sin(2 * Math.PI * u);
}

/**
 * Values from `a` to `b`: `fine` apart within the `zones` (where a joint bends), `coarse` apart
 * elsewhere, the steps easing between them, so rings gather where the body bends.
 */
export function gathered(
  a: number,
  b: number,
  fine: number,
  coarse: number,
  zones: ReadonlyArray<readonly [number, number]>,
): number[] {
  const stepAt = (x: number) => {
    let near = Infinity;
    for (const [lo, hi] of zones) near = Math.min(near, x < lo ? lo - x : x > hi ? x - hi : 0);
    const t = Math.min(1, near / (2 * coarse));
    return fine + (coarse - fine) * t;
  };
  const out = [a];
  for (let x = a; x < b;) {
    x = Math.min(b, x + stepAt(x));
    out.push(x);
  }
  // Spread the last short step over the run so no two rings crowd at the end.
  const n = out.length - 1;
  const overshoot = b - out[n - 1]!;
  if (n > 1 && overshoot < 0.5 * stepAt(b)) out.splice(n - 1, 1);
  return out;
}
