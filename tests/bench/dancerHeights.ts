import { PerspectiveCamera, Vector3 } from 'three';
import {
  compileTimeline,
  createRig,
  pointIndex,
  POINTS,
  poseDancer,
  sampleTimeline,
  type CueSheet,
  type Gender,
  type PointName,
  type Rig,
  type Shot,
} from '../../src/core';

type SheetBeat = CueSheet['beats'][number];

/** "During the performance": the curtain open and the audience not applauding. */
export function duringPerformance(beat: SheetBeat | undefined): boolean {
  if (!beat) return false;
  const { curtain, audience } = beat.stage;
  return curtain === 'open' && audience !== 'applause' && audience !== 'ovation';
}

/** The largest dancer on screen at one instant of the show. */
export interface DancerHeightSample {
  tSec: number;
  beatIndex: number;
  shot: Shot;
  performance: boolean;
  /** Cast id of the largest dancer in frame, or null when none is. */
  dancerId: string | null;
  /** Feet to head top, clipped to the frame, as a fraction of the frame's height (0 when none). */
  heightFrac: number;
}

const FOOT_POINTS: readonly PointName[] = ['heelL', 'heelR', 'toeTipL', 'toeTipR'];
const FEET = FOOT_POINTS.map(pointIndex);
const HEAD_TOP = pointIndex('headTop');

/**
 * Visible height (fraction of the frame) of the segment a-b seen through `camera`: clipped to
 * the near plane in view space, projected, then clipped to the frame (Liang–Barsky); 0 when
 * none of it is in frame. Overwrites a and b.
 */
export function visibleHeightFrac(camera: PerspectiveCamera, a: Vector3, b: Vector3): number {
  a.applyMatrix4(camera.matrixWorldInverse);
  b.applyMatrix4(camera.matrixWorldInverse);
  const zMax = -camera.near;
  if (a.z > zMax && b.z > zMax) return 0;
  if (a.z > zMax) a.lerp(b, (a.z - zMax) / (a.z - b.z));
  else if (b.z > zMax) b.lerp(a, (b.z - zMax) / (b.z - a.z));
  a.applyMatrix4(camera.projectionMatrix);
  b.applyMatrix4(camera.projectionMatrix);
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: Array<[number, number]> = [
    [-dx, a.x + 1],
    [dx, 1 - a.x],
    [-dy, a.y + 1],
    [dy, 1 - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return 0;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
    }
  }
  if (t0 > t1) return 0;
  return (Math.abs(dy) * (t1 - t0)) / 2;
}

/**
 * Every `stepSec` of the show, the largest dancer on screen: each dancer posed by the core
 * (poseDancer on its rig), from the lowest foot point to the head top, through the sampled camera
 * at 16:9. Characters (who never dance) are left out.
 */
export function dancerHeights(sheet: CueSheet, stepSec = 0.2): DancerHeightSample[] {
  const timeline = compileTimeline(sheet);
  const camera = new PerspectiveCamera(40, 16 / 9, 0.1, 200);
  const rigs = new Map<Gender, Rig>();
  const rigOf = (gender: Gender) => {
    let rig = rigs.get(gender);
    if (!rig) rigs.set(gender, (rig = createRig(gender)));
    return rig;
  };
  const dancing = new Set(sheet.cast.filter((c) => c.role !== 'character').map((c) => c.id));
  const points = POINTS.map(() => new Vector3());
  const feet = new Vector3();
  const head = new Vector3();
  const samples: DancerHeightSample[] = [];
  let frame = sampleTimeline(timeline, 0);
  for (let i = 0; i * stepSec <= timeline.durationSec; i++) {
    const tSec = Number((i * stepSec).toFixed(6));
    frame = sampleTimeline(timeline, tSec, frame);
    const { position, target, fovDeg } = frame.camera;
    camera.position.set(...position);
    camera.lookAt(...target);
    camera.fov = fovDeg;
    camera.updateProjectionMatrix();
    camera.updateMatrixWorld();
    let best = 0;
    let bestId: string | null = null;
    for (const dancer of frame.dancers) {
      if (!dancing.has(dancer.id)) continue;
      poseDancer(rigOf(dancer.gender), dancer, points);
      const foot = FEET.reduce((low, index) => (points[index]!.y < points[low]!.y ? index : low));
      feet.copy(points[foot]!);
      head.copy(points[HEAD_TOP]!);
      const heightFrac = visibleHeightFrac(camera, feet, head);
      if (heightFrac > best) [best, bestId] = [heightFrac, dancer.id];
    }
    samples.push({
      tSec,
      beatIndex: frame.beatIndex,
      shot: frame.camera.shot,
      performance: duringPerformance(sheet.beats[frame.beatIndex]),
      dancerId: bestId,
      heightFrac: best,
    });
  }
  return samples;
}
