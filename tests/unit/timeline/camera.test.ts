import { describe, expect, it } from 'vitest';
import {
  ARCH_HALF_WIDTH_M,
  compileTimeline,
  CURTAIN_FRONT_Z,
  DANCER_CLEARANCE_M,
  lensFovDeg,
  sampleTimeline,
  STAGE_BOX,
  THEATRE_BOX,
} from '../../../src/core/timeline';
import type { CueSheet } from '../../../src/core/cuesheet/schema';
import { SHOTS, MOVES } from '../../../src/core/cuesheet/vocabulary';
import { expectFramed, projectBox, projectPoint } from './frustum';
import { makeCueSheet, makeVariedShow } from './makeCueSheet';

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
    // From the middle of the house, the whole arch in frame.
    expect(projectBox(sampleTimeline(timeline, 1).camera, STAGE_BOX).maxNdc).toBeLessThan(1);
    expect(establishing[2]).toBeGreaterThan(15);
    expect(establishing[1]).toBeGreaterThan(1);
    expect(establishing[1]).toBeLessThan(3);
  });

  it('puts a dancer off-centre, on her side of the stage, leaving room toward centre stage', () => {
    const sheet = makeCueSheet([
      {
        camera: { shot: 'full', subject: 'leo' },
        dancers: [{ id: 'leo', action: 'stand', mark: 'edge' }],
      },
      {
        camera: { shot: 'full', subject: 'ada' },
        dancers: [{ id: 'ada', action: 'stand', mark: 'edge' }],
      },
    ]);
    const timeline = compileTimeline(sheet);
    const ndcX = (t: number, who: number): number => {
      const frame = sampleTimeline(timeline, t);
      const root = frame.dancers[who]!.root;
      return projectPoint(frame.camera, [root[0], root[1] + 0.9, root[2]])[0];
    };
    // Leo at +x sits right of centre, then Ada at house left (-x) left of centre, both well inside.
    expect(ndcX(2, 1)).toBeGreaterThan(0.1);
    expect(ndcX(2, 1)).toBeLessThan(0.5);
    expect(ndcX(7, 0)).toBeLessThan(-0.1);
    expect(ndcX(7, 0)).toBeGreaterThan(-0.5);
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
