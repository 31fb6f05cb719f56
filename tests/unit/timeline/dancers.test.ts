import { describe, expect, it } from 'vitest';
import { PARTNER_PLACEMENT } from '../../../src/core/choreography';
import { compileTimeline, sampleTimeline } from '../../../src/core/timeline';
import type { DancerCue } from '../../../src/core/cuesheet/schema';
import { makeCueSheet } from './makeCueSheet';

const cue = (id: string, action: DancerCue['action'], mark: DancerCue['mark']): DancerCue => ({
  id,
  action,
  mark,
});

describe('dancers', () => {
  it('stand on the ART.md marks, edge and wings by side', () => {
    const timeline = compileTimeline(
      makeCueSheet([
        { dancers: [cue('ada', 'stand', 'edge'), cue('leo', 'stand', 'edge')] },
        { dancers: [cue('ada', 'stand', 'wings-right'), cue('leo', 'stand', 'upstage')] },
      ]),
    );
    const first = sampleTimeline(timeline, 0);
    expect(first.dancers.map((d) => [d.id, d.gender, ...d.root])).toEqual([
      ['ada', 'female', -5, 0, -0.5],
      ['leo', 'male', 5, 0, -0.5],
    ]);
    const later = sampleTimeline(timeline, 9.9);
    expect(later.dancers[0]!.root).toEqual([7.5, 0, -5]);
    expect(later.dancers[1]!.root).toEqual([0, 0, -8]);
  });

  it('stand apart on a shared mark, and she stands in front of him when partnered', () => {
    const timeline = compileTimeline(
      makeCueSheet([
        { dancers: [cue('ada', 'stand', 'center'), cue('leo', 'stand', 'center')] },
        { dancers: [cue('ada', 'promenade', 'center'), cue('leo', 'promenade', 'center')] },
      ]),
    );
    const [ada, leo] = sampleTimeline(timeline, 0).dancers;
    expect(ada!.root).toEqual([-0.7, 0, -4]);
    expect(leo!.root).toEqual([0.7, 0, -4]);
    // Mid-promenade he turns on the spot and she goes round with him, in front of his hands.
    const gapM = PARTNER_PLACEMENT.promenade.behindM;
    for (const t of [7, 8.5, 9.9]) {
      const [ada2, leo2] = sampleTimeline(timeline, t).dancers;
      expect(leo2!.root).toEqual([0, 0, -4]);
      const h = (leo2!.headingDeg * Math.PI) / 180;
      expect(ada2!.root[0]).toBeCloseTo(Math.sin(h) * gapM, 9);
      expect(ada2!.root[2]).toBeCloseTo(-4 + Math.cos(h) * gapM, 9);
      expect(ada2!.headingDeg - leo2!.headingDeg).toBeCloseTo(0, 6);
    }
    const turnedDeg = sampleTimeline(timeline, 8.5).dancers[1]!.headingDeg;
    expect(Math.abs(turnedDeg)).toBeGreaterThan(30);
  });

  it('enter from the wings, travel at a walking pace, turn toward the way and back', () => {
    const timeline = compileTimeline(
      makeCueSheet([
        { dancers: [cue('ada', 'enter', 'center'), cue('leo', 'wait-in-wings', 'wings-right')] },
        { durationSec: 6 },
      ]),
    );
    const at = (t: number) => sampleTimeline(timeline, t).dancers[0]!;
    expect(at(0).root).toEqual([-7.5, 0, -5]);
    // 7.57 m at 1.4 m/s is longer than the 4 s cap: she arrives at 4 s.
    expect(at(2).root[0]).toBeGreaterThan(-7.5);
    expect(at(2).root[0]).toBeLessThan(0);
    expect(at(4).root).toEqual([0, 0, -4]);
    // Heading toward +x (stage right as the house sees it) is about +82°, then back to 0.
    expect(at(2).headingDeg).toBeGreaterThan(60);
    expect(at(4.7).headingDeg).toBe(0);
    // Leo waits where he is.
    expect(sampleTimeline(timeline, 3).dancers[1]!.root).toEqual([7.5, 0, -5]);
  });

  it('carry her root with his during a lift, easing in without a jump', () => {
    const timeline = compileTimeline(
      makeCueSheet([
        { dancers: [cue('ada', 'promenade', 'center'), cue('leo', 'promenade', 'center')] },
        { dancers: [cue('ada', 'lift', 'center'), cue('leo', 'lift', 'center')] },
      ]),
    );
    const mid = sampleTimeline(timeline, 7.5);
    const [ada, leo] = mid.dancers;
    // In the lift she is right above him (no gap).
    expect(PARTNER_PLACEMENT.lift.behindM).toBeLessThan(0.05);
    const h = (leo!.headingDeg * Math.PI) / 180;
    const gapM = PARTNER_PLACEMENT.lift.behindM;
    expect(ada!.root[0]).toBeCloseTo(leo!.root[0] + gapM * Math.sin(h), 9);
    expect(ada!.root[2]).toBeCloseTo(leo!.root[2] + gapM * Math.cos(h), 9);
    expect(ada!.root[1]).toBeGreaterThan(0.5);
    expect(ada!.action).toBe('lift');
    let prev = sampleTimeline(timeline, 4.9).dancers[0]!.root.slice();
    for (let t = 4.9; t < 6.5; t += 1 / 60) {
      const root = sampleTimeline(timeline, t).dancers[0]!.root;
      expect(Math.hypot(root[0] - prev[0]!, root[2] - prev[2]!)).toBeLessThan(0.02);
      prev = root.slice();
    }
  });

  it('report the current action and keep dancers the beat does not name where they were', () => {
    const timeline = compileTimeline(
      makeCueSheet([
        { dancers: [cue('ada', 'arabesque', 'downstage'), cue('leo', 'kneel', 'upstage')] },
        { dancers: [cue('ada', 'pirouette', 'downstage')] },
      ]),
    );
    const frame = sampleTimeline(timeline, 7);
    expect(frame.dancers.map((d) => d.action)).toEqual(['pirouette', 'kneel']);
    expect(frame.dancers[1]!.root).toEqual([0, 0, -8]);
    expect(typeof frame.dancers[0]!.poseA).toBe('string');
    expect(frame.dancers[0]!.weight).toBeGreaterThanOrEqual(0);
    expect(frame.dancers[0]!.weight).toBeLessThanOrEqual(1);
  });
});
