import { describe, expect, it } from 'vitest';
import { compileTimeline, hexToRgb, sampleTimeline, LIGHT_IDS } from '../../../src/core/timeline';
import type { LightFrame, StageFrame } from '../../../src/core/timeline/types';
import { makeCueSheet } from './makeCueSheet';

const light = (frame: StageFrame, id: (typeof LIGHT_IDS)[number]): LightFrame =>
  frame.lights.find((l) => l.id === id)!;

describe('lights, house, audience and music', () => {
  const timeline = compileTimeline(
    makeCueSheet([
      { lights: { state: 'house' }, curtain: 'closed', music: 0 },
      {
        lights: { state: 'spot', follow: ['ada'] },
        audience: 'hushed',
        music: 0.6,
        dancers: [
          { id: 'ada', action: 'stand', mark: 'edge' },
          { id: 'leo', action: 'stand', mark: 'upstage' },
        ],
      },
      { lights: { state: 'cool' }, audience: 'applause' },
      { lights: { state: 'blackout' }, audience: 'ovation' },
      { lights: { state: 'bows', follow: ['ada', 'leo'] } },
    ]),
  );
  const at = (t: number): StageFrame => sampleTimeline(timeline, t);

  it('has every LIGHT_ID once, in order', () => {
    expect(at(0).lights.map((l) => l.id)).toEqual([...LIGHT_IDS]);
  });

  it('raises the house lights for "house" and fades them out (1–3 s, eased)', () => {
    expect(at(0).houseLights).toBeCloseTo(0.6, 9);
    expect(at(0).lightState).toBe('house');
    expect(at(5.5).houseLights).toBeGreaterThan(0.5);
    expect(at(6).houseLights).toBeCloseTo(0.3, 9);
    expect(at(7).houseLights).toBe(0);
  });

  it('puts one narrow warm follow-spot on the followed dancer in "spot", the stage held at 20–30%', () => {
    const frame = at(9);
    const spot = light(frame, 'follow-1');
    expect(spot.intensity).toBe(1);
    expect(spot.angleDeg).toBe(12);
    expect(spot.color[0]).toBeGreaterThan(spot.color[2]);
    expect(light(frame, 'follow-2').intensity).toBe(0);
    // ART.md: spot is a moment, not darkness: the stage held at about a quarter, the cyc dim but colored.
    for (const id of ['wash-front', 'wash-left', 'wash-right'] as const) {
      expect(light(frame, id).intensity).toBeGreaterThanOrEqual(0.15);
      expect(light(frame, id).intensity).toBeLessThanOrEqual(0.35);
    }
    expect(light(frame, 'cyclorama').intensity).toBeGreaterThan(0.15);
    expect(light(frame, 'cyclorama').intensity).toBeLessThan(0.5);
    expect(light(frame, 'footlights').intensity).toBeLessThanOrEqual(0.15);
    const ada = frame.dancers[0]!;
    expect(spot.target).toEqual([ada.root[0], ada.root[1] + 1, ada.root[2]]);
    // Hung high in front of the stage.
    expect(spot.position[1]).toBeGreaterThan(7);
    expect(spot.position[2]).toBeGreaterThan(10);
  });

  it('washes the cyclorama steel in "cool", fades to ~1% in blackout, and bows with both spots', () => {
    expect(at(14).cyclorama).toEqual(hexToRgb('#6d8fb3'));
    const black = at(19);
    for (const l of black.lights) expect(l.intensity).toBeLessThanOrEqual(0.01);
    const bows = at(24.5);
    expect(light(bows, 'follow-1').intensity).toBeGreaterThan(0.9);
    expect(light(bows, 'follow-2').intensity).toBeGreaterThan(0.9);
    expect(bows.houseLights).toBeCloseTo(0.3, 9);
    expect(light(bows, 'follow-2').target[2]).toBeCloseTo(bows.dancers[1]!.root[2], 9);
  });

  it('fades light levels without pops', () => {
    let prev = at(0);
    for (let t = 0; t < timeline.durationSec; t += 1 / 60) {
      const next = at(t);
      next.lights.forEach((l, i) => {
        expect(Math.abs(l.intensity - prev.lights[i]!.intensity)).toBeLessThan(0.03);
      });
      expect(Math.abs(next.houseLights - prev.houseLights)).toBeLessThan(0.03);
      prev = next;
    }
  });

  it('eases audience excitement and music between beats', () => {
    expect(at(0).excitement).toBe(0);
    expect(at(9).excitement).toBeCloseTo(0.15, 9);
    expect(at(9).audience).toBe('hushed');
    expect(at(14).excitement).toBeCloseTo(0.7, 9);
    expect(at(19).excitement).toBe(1);
    expect(at(0).music).toBe(0);
    expect(at(6).music).toBeCloseTo(0.3, 9);
    expect(at(8).music).toBeCloseTo(0.6, 9);
  });

  it('keeps a warm low wash on the stage while the curtain opens on a spot, then fades it down', () => {
    const reveal = compileTimeline(
      makeCueSheet([
        { lights: { state: 'preshow' }, curtain: 'closed' },
        { lights: { state: 'spot', follow: ['ada'] }, curtain: 'opening', durationSec: 4 },
        { lights: { state: 'spot', follow: ['ada'] }, curtain: 'open', durationSec: 8 },
      ]),
    );
    const level = (t: number, id: (typeof LIGHT_IDS)[number]) =>
      light(sampleTimeline(reveal, t), id).intensity;
    for (const t of [7, 8, 9]) {
      expect(level(t, 'wash-front'), `front at ${t}`).toBeGreaterThan(0.25);
      expect(level(t, 'footlights'), `footlights at ${t}`).toBeGreaterThan(0.3);
      expect(level(t, 'wash-left')).toBeCloseTo(level(t, 'wash-right'), 6);
    }
    expect(level(8, 'follow-1')).toBe(1);
    expect(sampleTimeline(reveal, 8).curtain).toBeGreaterThan(0.3);
    // Once the curtain is open, the spot look is back: the stage down to its held quarter.
    for (const id of ['wash-front', 'wash-left', 'wash-right'] as const) {
      expect(level(13, id)).toBeLessThanOrEqual(0.35);
      expect(level(13, id)).toBeLessThan(level(8, id));
    }
    expect(level(13, 'footlights')).toBeLessThanOrEqual(0.15);
    // No pops: at most 1/60 s worth of a 2 s fade per frame.
    for (let t = 4; t < 14; t += 1 / 60) {
      expect(Math.abs(level(t + 1 / 60, 'wash-front') - level(t, 'wash-front'))).toBeLessThan(0.02);
    }
  });
});
