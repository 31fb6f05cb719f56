import { PerspectiveCamera, Vector3 } from 'three';
import { expect } from 'vitest';
import type { CueSheet } from '../../../src/core/cuesheet/schema';
import {
  AUDIENCE_BOX,
  compileTimeline,
  sampleTimeline,
  STAGE_BOX,
} from '../../../src/core/timeline';
import type { Box } from '../../../src/core/timeline';
import type {
  CameraFrame,
  DancerFrame,
  StageFrame,
  Timeline,
} from '../../../src/core/timeline/types';

/** Projects the box's corners through a 16:9 camera; returns the worst |ndc| and the nearest depth. */
export function projectBox(camera: CameraFrame, box: Box): { maxNdc: number; minDepthM: number } {
  const cam = new PerspectiveCamera(camera.fovDeg, 16 / 9, 0.05, 500);
  cam.position.set(...camera.position);
  cam.lookAt(new Vector3(...camera.target));
  cam.updateMatrixWorld();
  let maxNdc = 0;
  let minDepthM = Infinity;
  for (let corner = 0; corner < 8; corner++) {
    const p = new Vector3(
      corner & 1 ? box[3] : box[0],
      corner & 2 ? box[4] : box[1],
      corner & 4 ? box[5] : box[2],
    );
    const depth = p.clone().applyMatrix4(cam.matrixWorldInverse).z * -1;
    minDepthM = Math.min(minDepthM, depth);
    p.project(cam);
    maxNdc = Math.max(maxNdc, Math.abs(p.x), Math.abs(p.y));
  }
  return { maxNdc, minDepthM };
}

/** Normalized device coordinates [x, y] of a point seen through a 16:9 camera. */
export function projectPoint(camera: CameraFrame, point: readonly number[]): [number, number] {
  const cam = new PerspectiveCamera(camera.fovDeg, 16 / 9, 0.05, 500);
  cam.position.set(...camera.position);
  cam.lookAt(new Vector3(...camera.target));
  cam.updateMatrixWorld();
  const p = new Vector3(point[0], point[1], point[2]).project(cam);
  return [p.x, p.y];
}

/** The part of a dancer a shot must show (whole body, waist up, head and shoulders, face). */
export function dancerShotBox(dancer: DancerFrame, shot: CameraFrame['shot']): Box {
  const h = dancer.gender === 'female' ? 1.8 : 1.85;
  const bottom =
    shot === 'medium' ? 0.55 : shot === 'close' ? 0.78 : shot === 'extreme-close' ? 0.88 : 0;
  const half = shot === 'extreme-close' ? 0.12 : 0.25;
  const [x, y, z] = dancer.root;
  return [x - half, y + bottom * h, z - half, x + half, y + h, z + half];
}

/** The union of two boxes. */
export function unionBox(a: Box, b: Box): Box {
  return [
    Math.min(a[0], b[0]),
    Math.min(a[1], b[1]),
    Math.min(a[2], b[2]),
    Math.max(a[3], b[3]),
    Math.max(a[4], b[4]),
    Math.max(a[5], b[5]),
  ];
}

/** The box a frame's shot must keep in view, by its subject. */
function requiredBox(frame: StageFrame, subject: string): Box {
  if (subject === 'stage') return STAGE_BOX;
  if (subject === 'audience') return AUDIENCE_BOX;
  const group = subject === 'pair' || subject === 'ensemble';
  const boxes = frame.dancers
    .filter((d) => group || d.id === subject)
    .map((d) => dancerShotBox(d, frame.camera.shot));
  return boxes.reduce(unionBox);
}

/** Mid-beat times (after any blend) with the beat's camera subject. */
function settledTimes(sheet: CueSheet, timeline: Timeline): [number, string][] {
  return timeline.beats.map((beat, b) => {
    const shot = timeline.shots.filter((s) => s.startSec <= beat.startSec).pop()!;
    const settled = Math.max(
      shot.startSec + shot.blendSec + 0.05,
      beat.startSec + beat.durationSec / 2,
    );
    return [
      Math.min(settled, beat.startSec + beat.durationSec - 0.01),
      sheet.beats[b]!.camera.subject,
    ];
  });
}

/** Asserts that the subject's box projects inside the 16:9 frame on every settled beat. */
export function expectFramed(sheet: CueSheet): number {
  const timeline = compileTimeline(sheet);
  let checked = 0;
  for (const [tSec, subject] of settledTimes(sheet, timeline)) {
    const frame = sampleTimeline(timeline, tSec);
    // With the curtain down a view from upstage is forced in front of the curtain: nothing to frame.
    if (frame.camera.shot === 'pov-audience' && frame.curtain < 1) continue;
    const { maxNdc, minDepthM } = projectBox(frame.camera, requiredBox(frame, subject));
    expect({ tSec, shot: frame.camera.shot, inFrame: maxNdc <= 1 }).toEqual({
      tSec,
      shot: frame.camera.shot,
      inFrame: true,
    });
    expect(minDepthM).toBeGreaterThan(0.1);
    checked++;
  }
  return checked;
}
