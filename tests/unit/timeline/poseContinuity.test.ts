import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { createRig, poseDancer, POINTS } from '../../../src/core/choreography';
import type { DancerCue } from '../../../src/core/cuesheet/schema';
import { compileTimeline, createStageFrame, sampleTimeline } from '../../../src/core/timeline';
import { makeCueSheet } from './makeCueSheet';

const cue = (action: DancerCue['action']): DancerCue[] => [
  { id: 'ada', action, mark: 'center' },
  { id: 'leo', action: 'stand', mark: 'upstage' },
];

/** Largest distance any body point moves (relative to the root) between consecutive 1/60 s samples. */
function largestStepM(
  sequence: DancerCue['action'][],
  fromSec: number,
  toSec: number,
  handover = true,
): number {
  const timeline = compileTimeline(makeCueSheet(sequence.map((a) => ({ dancers: cue(a) }))));
  const frame = createStageFrame(timeline);
  const rig = createRig('female');
  let prev: Vector3[] | undefined;
  let worst = 0;
  for (let t = fromSec; t <= toSec; t += 1 / 60) {
    const dancer = { ...sampleTimeline(timeline, t, frame).dancers[0]! };
    if (!handover) dancer.mix = 0;
    const flat = { ...dancer, root: [0, dancer.root[1], 0] as const, headingDeg: 0 };
    const points = poseDancer(
      rig,
      flat,
      POINTS.map(() => new Vector3()),
    );
    if (prev) points.forEach((p, i) => (worst = Math.max(worst, p.distanceTo(prev![i]!))));
    prev = points;
  }
  return worst;
}

describe('pose continuity', () => {
  it('hands the pose over at an action change instead of snapping', () => {
    // Each change lands mid-phrase (beats are 5 s): the body moves less than 10 cm per frame
    // (the fastest steps within a phrase move ~12 cm); without the handover it snaps > 0.5 m.
    for (const sequence of [
      ['arabesque', 'pirouette', 'bow'],
      ['bourree', 'kneel', 'attitude'],
      ['grand-jete', 'stand', 'port-de-bras'],
    ] as DancerCue['action'][][]) {
      expect(largestStepM(sequence, 4.5, 5.7), sequence.join()).toBeLessThan(0.1);
      expect(largestStepM(sequence, 9.5, 10.7), sequence.join()).toBeLessThan(0.1);
      const snapM = Math.max(
        largestStepM(sequence, 4.5, 5.7, false),
        largestStepM(sequence, 9.5, 10.7, false),
      );
      expect(snapM, sequence.join()).toBeGreaterThan(0.5);
    }
  });

  it('marks the fading blend in the frame and clears it after the handover', () => {
    const timeline = compileTimeline(
      makeCueSheet([{ dancers: cue('arabesque') }, { dancers: cue('bow') }]),
    );
    const frame = createStageFrame(timeline);
    const at = (t: number) => ({ ...sampleTimeline(timeline, t, frame).dancers[0]! });
    expect(at(5.01).mix).toBeGreaterThan(0.95);
    expect(at(5.3).mix).toBeGreaterThan(0);
    expect(at(5.3).mix).toBeLessThan(1);
    expect(at(6.5).mix).toBe(0);
  });
});
