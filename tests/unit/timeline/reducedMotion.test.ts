import { describe, expect, it } from 'vitest';
import { compileTimeline, REDUCED_MIN_BLEND_SEC, sampleTimeline } from '../../../src/core/timeline';
import type { DancerCue } from '../../../src/core/cuesheet/schema';
import { makeCueSheet, makeVariedShow, type BeatSpec } from './makeCueSheet';

const solo = (action: DancerCue['action']): DancerCue[] => [
  { id: 'ada', action, mark: 'center' },
  { id: 'leo', action: 'stand', mark: 'upstage' },
];

const moving: BeatSpec[] = [
  { dancers: solo('stand') },
  {
    camera: { shot: 'wide', move: 'orbit', transition: 'blend', blendSec: 2 },
    dancers: solo('pirouette'),
  },
  {
    camera: { shot: 'full', move: 'track', transition: 'blend', blendSec: 1.5 },
    dancers: solo('chaines'),
  },
  { camera: { shot: 'medium', move: 'dolly-in', transition: 'blend', blendSec: 3 } },
  { camera: { shot: 'wide', move: 'crane-up', transition: 'cut' } },
];

describe('reduced motion', () => {
  it('cuts instead of fast blends and holds sweeping moves still', () => {
    for (const sheet of [makeCueSheet(moving), makeVariedShow()]) {
      const normal = compileTimeline(sheet);
      const reduced = compileTimeline(sheet, { reducedMotion: true });
      const sweeping = ['orbit', 'track', 'crane-up', 'crane-down'];
      expect(normal.shots.some((s) => sweeping.includes(s.move))).toBe(true);
      expect(normal.shots.some((s) => s.blendSec > 0 && s.blendSec < 3)).toBe(true);
      for (const shot of reduced.shots) {
        expect(sweeping).not.toContain(shot.move);
        expect(shot.blendSec === 0 || shot.blendSec >= REDUCED_MIN_BLEND_SEC).toBe(true);
      }
    }
    // A slow 3 s blend and a gentle dolly stay as they are.
    const reduced = compileTimeline(makeCueSheet(moving), { reducedMotion: true });
    const dolly = reduced.shots.find((s) => s.move === 'dolly-in' && s.shot === 'medium');
    expect(dolly?.blendSec).toBe(3);
  });

  it('holds the camera still through what was an orbit', () => {
    const reduced = compileTimeline(makeCueSheet(moving), { reducedMotion: true });
    const a = sampleTimeline(reduced, 6).camera.position.slice();
    const b = sampleTimeline(reduced, 9).camera.position.slice();
    const normal = compileTimeline(makeCueSheet(moving));
    const c = sampleTimeline(normal, 6).camera.position.slice();
    const d = sampleTimeline(normal, 9).camera.position.slice();
    const dist = (p: number[], q: number[]) => Math.hypot(...p.map((v, k) => v - q[k]!));
    expect(dist(c, d)).toBeGreaterThan(0.5);
    expect(dist(a, b)).toBeLessThan(0.05);
  });

  it('turns at half speed', () => {
    const sheet = makeCueSheet(moving);
    const normal = compileTimeline(sheet);
    const reduced = compileTimeline(sheet, { reducedMotion: true });
    const heading = (timeline: typeof normal, t: number) =>
      sampleTimeline(timeline, t).dancers[0]!.headingDeg;
    // The pirouette begins at 5 s: reduced, 2 s in is where the normal one is 1 s in.
    for (const inSec of [1, 1.6, 2.2]) {
      expect(heading(reduced, 5 + 2 * inSec)).toBeCloseTo(heading(normal, 5 + inSec), 6);
    }
    expect(Math.abs(heading(normal, 6.5) - heading(normal, 5.7))).toBeGreaterThan(30);
    // A standing dancer is not slowed.
    expect(sampleTimeline(reduced, 2).dancers[0]!.poseA).toBe(
      sampleTimeline(normal, 2).dancers[0]!.poseA,
    );
  });
});
