import { describe, expect, it } from 'vitest';
import {
  ARCH_HALF_WIDTH_M,
  AUDIENCE_BOX,
  compileTimeline,
  CURTAIN_FRONT_Z,
  DANCER_CLEARANCE_M,
  lensFovDeg,
  sampleTimeline,
  STAGE_BOX,
  THEATRE_BOX,
  type Box,
} from '../../../src/core/timeline';
import type { CueSheet } from '../../../src/core/direction/types';
import { SHOTS, MOVES } from '../../../src/core/direction/vocabulary';
import type { StageFrame, Timeline } from '../../../src/core/timeline/types';
import { dancerShotBox, projectBox, unionBox } from './frustum';
import { makeCueSheet, makeVariedShow } from './makeCueSheet';

/** The box a frame's shot must keep in view, by its subject. */
function requiredBox(frame: StageFrame, subject: string): Box {
  if (subject === 'stage') return STAGE_BOX;
  if (subject === 'audience') return AUDIENCE_BOX;
  const boxes = frame.dancers
    .filter((d) => subject === 'pair' || d.id === subject)
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

describe('camera framing', () => {
  it('keeps the subject inside the frame on every beat of a varied show', () => {
    const sheet = makeVariedShow();
    expect(expectFramed(sheet)).toBeGreaterThanOrEqual(sheet.beats.length - 1);
  });

  it('frames every shot × move × subject, wherever the dancers stand', () => {
    const subjects = ['ada', 'leo', 'pair', 'stage', 'audience'];
    const marks = ['center', 'edge', 'upstage', 'wings-left', 'downstage'] as const;
    const specs = SHOTS.flatMap((shot, i) =>
      subjects.map((subject, j) => ({
        camera: { shot, subject, move: MOVES[(i + j) % MOVES.length]! },
        dancers: [
          { id: 'ada', action: 'stand' as const, mark: marks[(i + j) % marks.length]! },
          { id: 'leo', action: 'stand' as const, mark: marks[(i + 2 * j + 1) % marks.length]! },
        ],
        durationSec: 8,
      })),
    );
    expect(expectFramed(makeCueSheet(specs))).toBe(specs.length);
  });

  it('uses the ART.md lenses as vertical fov for a 24 mm-tall sensor', () => {
    expect(lensFovDeg(24)).toBeCloseTo(53.13, 2);
    expect(lensFovDeg(50)).toBeCloseTo(26.99, 2);
    const timeline = compileTimeline(makeVariedShow());
    expect(sampleTimeline(timeline, 1).camera.fovDeg).toBeCloseTo(lensFovDeg(24), 6);
    const establishing = sampleTimeline(timeline, 1).camera.position;
    // From the middle of the house.
    expect(establishing[2]).toBeGreaterThan(15);
    expect(establishing[1]).toBeGreaterThan(1);
    expect(establishing[1]).toBeLessThan(3);
  });

  it('dollies in: the camera gets nearer the subject over the shot', () => {
    const sheet = makeCueSheet([
      { camera: { shot: 'medium', subject: 'ada', move: 'dolly-in' }, durationSec: 10 },
    ]);
    sheet.beats[0]!.dancers = [{ id: 'ada', action: 'stand', mark: 'center' }];
    const timeline = compileTimeline(sheet);
    const distanceAt = (t: number): number => {
      const f = sampleTimeline(timeline, t);
      const r = f.dancers[0]!.root;
      return Math.hypot(...f.camera.position.map((v, k) => v - (r[k] as number)));
    };
    expect(distanceAt(9.9)).toBeLessThan(distanceAt(0.1) * 0.85);
  });

  it('keeps inside the theatre and out of the curtain, the arch walls and the dancers', () => {
    for (const sheet of [makeVariedShow(), closedCurtainShow()]) {
      const timeline = compileTimeline(sheet);
      for (let t = 0; t <= timeline.durationSec; t += 1 / 30) {
        const { camera, curtain, dancers } = sampleTimeline(timeline, t);
        const [x, y, z] = camera.position;
        if (curtain < 0.5) expect(z).toBeGreaterThanOrEqual(CURTAIN_FRONT_Z - 1e-9);
        if (z < 0.5 && y > 0 && y < 8)
          expect(Math.abs(x)).toBeLessThanOrEqual(ARCH_HALF_WIDTH_M + 1e-9);
        for (let k = 0; k < 3; k++) {
          expect(camera.position[k]).toBeGreaterThanOrEqual(THEATRE_BOX[k]! - 1e-9);
          expect(camera.position[k]).toBeLessThanOrEqual(THEATRE_BOX[k + 3]! + 1e-9);
        }
        for (const d of dancers) {
          const axisM = Math.hypot(x - d.root[0], z - d.root[2]);
          expect(axisM).toBeGreaterThanOrEqual(DANCER_CLEARANCE_M - 1e-9);
        }
      }
    }
  });
});

/** A show played behind a closed curtain, with shots that would like to be on stage. */
function closedCurtainShow(): CueSheet {
  return makeCueSheet(
    (['pov-audience', 'close', 'overhead', 'low-angle', 'extreme-close'] as const).map((shot) => ({
      camera: { shot, subject: 'ada', move: 'orbit' as const },
      curtain: 'closed' as const,
      dancers: [
        { id: 'ada', action: 'stand' as const, mark: 'downstage' as const },
        { id: 'leo', action: 'stand' as const, mark: 'wings-right' as const },
      ],
    })),
  );
}
