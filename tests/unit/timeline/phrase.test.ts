import { describe, expect, it, vi } from 'vitest';
import type { PhraseSample } from '../../../src/core/choreography/types';
import { compileTimeline, sampleTimeline } from '../../../src/core/timeline';
import { makeCueSheet } from './makeCueSheet';

// A stand-in pose library: a jump that hangs 0.5 m up and a turn that has gone 200° by now.
vi.mock('../../../src/core/choreography/samplePhrase', () => ({
  samplePhrase: (action: string, localSec: number, gender: string): PhraseSample => ({
    poseA: `${action}-a`,
    poseB: `${gender}-b`,
    weight: Math.min(1, localSec / 10),
    liftM: action === 'saut' ? 0.5 : 0,
    turnDeg: action === 'pirouette' ? 200 : 0,
    headYawDeg: localSec,
  }),
}));

const sheet = makeCueSheet([
  { dancers: [{ id: 'ada', action: 'saut', mark: 'center' }] },
  { dancers: [{ id: 'ada', action: 'pirouette', mark: 'center' }] },
  { dancers: [{ id: 'ada', action: 'stand', mark: 'center' }] },
]);
const timeline = compileTimeline(sheet);

describe('phrases in the frame', () => {
  it('puts the phrase sample in the dancer frame, timed from when the action began', () => {
    const ada = sampleTimeline(timeline, 7).dancers[0]!;
    expect(ada).toMatchObject({ action: 'pirouette', poseA: 'pirouette-a', poseB: 'female-b' });
    expect(ada.weight).toBeCloseTo(0.2, 9);
    expect(ada.headYawDeg).toBeCloseTo(2, 9);
    expect(ada.headingDeg).toBe(200);
    expect(sampleTimeline(timeline, 2).dancers[0]!.root[1]).toBe(0.5);
  });

  it('hands lift and turn over to the next action without a jump', () => {
    let prev = sampleTimeline(timeline, 4.5).dancers[0]!;
    for (let t = 4.5; t < 11; t += 1 / 60) {
      const next = sampleTimeline(timeline, t).dancers[0]!;
      expect(Math.abs(next.root[1] - prev.root[1])).toBeLessThan(0.05);
      const turn = Math.abs(((next.headingDeg - prev.headingDeg + 540) % 360) - 180);
      expect(turn).toBeLessThan(20);
      prev = { ...next, root: [...next.root] };
    }
    expect(sampleTimeline(timeline, 5.5).dancers[0]!.root[1]).toBe(0);
  });
});
