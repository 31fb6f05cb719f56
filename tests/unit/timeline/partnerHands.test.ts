import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { createRig, poseDancer, pointIndex, POINTS } from '../../../src/core/choreography';
import type { DancerCue } from '../../../src/core/cuesheet/schema';
import { compileTimeline, sampleTimeline } from '../../../src/core/timeline';
import { makeCueSheet } from './makeCueSheet';

const both = (action: DancerCue['action']): DancerCue[] => [
  { id: 'ada', action, mark: 'center' },
  { id: 'leo', action, mark: 'center' },
];
const her = createRig('female');
const him = createRig('male');
const WAIST = pointIndex('spineLower');
const WRIST_R = pointIndex('wristR');

/** Distance from his right wrist to her waist at `tSec` of a stand-then-`action` show. */
function handToWaistM(action: DancerCue['action'], localSec: number): number {
  const timeline = compileTimeline(
    makeCueSheet([{ dancers: both('stand') }, { dancers: both(action), durationSec: 8 }]),
  );
  const [ada, leo] = sampleTimeline(timeline, 5 + localSec).dancers;
  expect(ada!.action).toBe(action);
  const herPoints = poseDancer(
    her,
    ada!,
    POINTS.map(() => new Vector3()),
  );
  const hisPoints = poseDancer(
    him,
    leo!,
    POINTS.map(() => new Vector3()),
  );
  return hisPoints[WRIST_R]!.distanceTo(herPoints[WAIST]!);
}

describe('partnering', () => {
  it('puts his hand at her waist mid-phrase in the lift, fish dive and promenade', () => {
    expect(handToWaistM('lift', 2.5)).toBeLessThan(0.25);
    expect(handToWaistM('fish-dive', 2.6)).toBeLessThan(0.25);
    // Through the promenade's turn, at several angles.
    for (const localSec of [2, 3, 4, 5])
      expect(handToWaistM('promenade', localSec)).toBeLessThan(0.25);
  });

  it('keeps her in front of him through the promenade turn, not left behind', () => {
    const timeline = compileTimeline(
      makeCueSheet([{ dancers: both('stand') }, { dancers: both('promenade'), durationSec: 8 }]),
    );
    for (const localSec of [2, 3.2, 4.4]) {
      const [ada, leo] = sampleTimeline(timeline, 5 + localSec).dancers;
      const h = (leo!.headingDeg * Math.PI) / 180;
      const ahead =
        (ada!.root[0] - leo!.root[0]) * Math.sin(h) + (ada!.root[2] - leo!.root[2]) * Math.cos(h);
      expect(ahead).toBeGreaterThan(0.2);
    }
  });
});
