import { describe, expect, it } from 'vitest';
import { compileTimeline, sampleTimeline } from '../../../src/core/timeline';
import { makeCueSheet } from './makeCueSheet';

const solo = (mark: 'edge' | 'center' | 'wings-left') => [
  { id: 'ada', action: 'stand' as const, mark },
  { id: 'leo', action: 'wait-in-wings' as const, mark: 'wings-right' as const },
];

describe('staging around the curtain', () => {
  const timeline = compileTimeline(
    makeCueSheet([
      { curtain: 'closed', lights: { state: 'preshow' }, dancers: solo('edge'), durationSec: 6 },
      { curtain: 'opening', lights: { state: 'spot' }, dancers: solo('edge'), durationSec: 8 },
      { curtain: 'open', dancers: solo('center'), durationSec: 6 },
      { curtain: 'closing', lights: { state: 'bows' }, dancers: solo('center'), durationSec: 10 },
    ]),
  );

  it('plays a scene before the curtain on the apron, in front of it', () => {
    const frame = sampleTimeline(timeline, 3);
    const ada = frame.dancers.find((d) => d.id === 'ada')!;
    const leo = frame.dancers.find((d) => d.id === 'leo')!;
    expect(frame.curtain).toBe(0);
    expect(ada.root[2]).toBeGreaterThan(0.5);
    expect(leo.root[2]).toBeLessThan(0); // still waiting in the wings, behind the curtain line
  });

  it('lights the dancer on the apron with a soft follow-spot in preshow', () => {
    const frame = sampleTimeline(timeline, 4);
    const spot = frame.lights.find((l) => l.id === 'follow-1')!;
    expect(spot.intensity).toBeGreaterThan(0.3);
    expect(Math.abs(spot.target[0] - -5)).toBeLessThan(1);
  });

  it('keeps her on the apron while the curtain sweeps open, so it never passes in front of her', () => {
    for (const t of [7, 8.5, 9.9]) {
      const frame = sampleTimeline(timeline, t);
      expect(frame.curtain).toBeLessThan(1);
      expect(frame.dancers.find((d) => d.id === 'ada')!.root[2], `at ${t}`).toBeGreaterThan(0.5);
    }
  });

  it('takes her back to her mark once the curtain is up', () => {
    const ada = sampleTimeline(timeline, 13).dancers.find((d) => d.id === 'ada')!;
    expect(ada.root[2]).toBeLessThan(0);
  });

  it('brings a closing curtain in at the end of its beat, not over the bow', () => {
    expect(sampleTimeline(timeline, 20 + 4).curtain).toBe(1);
    expect(sampleTimeline(timeline, 30).curtain).toBe(0);
  });
});
