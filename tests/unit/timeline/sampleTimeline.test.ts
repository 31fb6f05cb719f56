import { describe, expect, it } from 'vitest';
import { compileTimeline, sampleTimeline } from '../../../src/core/timeline';
import type { StageFrame, Timeline } from '../../../src/core/timeline/types';
import { makeCueSheet, makeVariedShow } from './makeCueSheet';

const dist = (a: readonly number[], b: readonly number[]): number =>
  Math.hypot(...a.map((v, k) => v - (b[k] as number)));

/** Calls `visit(prev, next)` for consecutive frames every 1/60 s across the show. */
function walk(timeline: Timeline, visit: (prev: StageFrame, next: StageFrame) => void): void {
  let prev = sampleTimeline(timeline, 0);
  for (let i = 1; i / 60 <= timeline.durationSec; i++) {
    const next = sampleTimeline(timeline, i / 60);
    visit(prev, next);
    prev = next;
  }
}

describe('sampleTimeline', () => {
  const sheet = makeVariedShow();
  const timeline = compileTimeline(sheet);

  it('moves the camera and the dancers without jumps, except at a camera cut', () => {
    let cuts = 0;
    let worstCameraM = 0;
    let worstRootM = 0;
    walk(timeline, (prev, next) => {
      for (let d = 0; d < next.dancers.length; d++) {
        const step = dist(prev.dancers[d]!.root, next.dancers[d]!.root);
        worstRootM = Math.max(worstRootM, step);
      }
      if (next.camera.cut !== prev.camera.cut) {
        expect(next.camera.cut).toBe(prev.camera.cut + 1);
        cuts++;
        return;
      }
      worstCameraM = Math.max(
        worstCameraM,
        dist(prev.camera.position, next.camera.position),
        dist(prev.camera.target, next.camera.target),
      );
    });
    const cutCues = sheet.beats.slice(1).filter((b) => b.camera.transition === 'cut').length;
    expect(cuts).toBe(cutCues);
    expect(worstRootM).toBeLessThan(0.12);
    expect(worstCameraM).toBeLessThan(0.5);
  });

  it('clamps before the first beat and holds the last state after the end', () => {
    expect(sampleTimeline(timeline, -3)).toEqual(sampleTimeline(timeline, 0));
    expect(sampleTimeline(timeline, NaN)).toEqual(sampleTimeline(timeline, 0));
    const end = sampleTimeline(timeline, timeline.durationSec);
    const after = sampleTimeline(timeline, timeline.durationSec + 100);
    expect(after).toEqual(end);
    expect(end.beatIndex).toBe(sheet.beats.length - 1);
    expect(end.curtain).toBe(0);
  });

  it('is deterministic, and filling `out` in place gives what fresh sampling gives', () => {
    const again = compileTimeline(makeVariedShow());
    const out = sampleTimeline(timeline, 0);
    const { dancers, lights, camera, cyclorama } = out;
    const position = camera.position;
    const root = dancers[0]!.root;
    const target = lights[0]!.target;
    for (let t = 0; t < timeline.durationSec; t += 0.37) {
      const fresh = sampleTimeline(again, t);
      const reused = sampleTimeline(timeline, t, out);
      expect(reused).toBe(out);
      // Every nested array is the caller's: nothing is reallocated.
      expect(reused.dancers).toBe(dancers);
      expect(reused.lights).toBe(lights);
      expect(reused.camera.position).toBe(position);
      expect(reused.dancers[0]!.root).toBe(root);
      expect(reused.lights[0]!.target).toBe(target);
      expect(reused.cyclorama).toBe(cyclorama);
      expect(reused).toEqual(fresh);
    }
  });

  it('opens the curtain monotonically over about four seconds and never pops', () => {
    const beat = timeline.beats[1]!;
    let last = sampleTimeline(timeline, beat.startSec).curtain;
    expect(last).toBe(0);
    for (let t = beat.startSec; t <= beat.startSec + 4; t += 1 / 60) {
      const c = sampleTimeline(timeline, t).curtain;
      expect(c).toBeGreaterThanOrEqual(last);
      expect(c - last).toBeLessThan(0.02);
      last = c;
    }
    expect(sampleTimeline(timeline, beat.startSec + 2).curtain).toBeCloseTo(0.5, 5);
    expect(sampleTimeline(timeline, beat.startSec + 4.01).curtain).toBe(1);
  });

  it('gives the caption and beat index of the beat playing', () => {
    const beat = timeline.beats[4]!;
    const frame = sampleTimeline(timeline, beat.startSec + 0.1);
    expect(frame.beatIndex).toBe(4);
    expect(frame.caption).toBe(sheet.beats[4]!.text);
  });

  it('copes with hand-edited start times that go backwards or are missing', () => {
    const edited = makeVariedShow();
    edited.beats[3]!.startSec = 2;
    edited.beats[5]!.startSec = Number.NaN;
    const t = compileTimeline(edited);
    const starts = t.beatStartsSec;
    starts.forEach((s, i) => expect(s).toBeGreaterThanOrEqual(starts[i - 1] ?? 0));
    expect(starts.every(Number.isFinite)).toBe(true);
    walk(t, (prev, next) => {
      next.dancers.forEach((d, k) =>
        expect(dist(d.root, prev.dancers[k]!.root)).toBeLessThan(0.12),
      );
    });
  });

  it('compiles an empty show to a still frame', () => {
    const empty = compileTimeline({ ...makeCueSheet([]), cast: [] });
    const frame = sampleTimeline(empty, 3);
    expect(empty.durationSec).toBe(0);
    expect(frame.dancers).toEqual([]);
    expect(frame.camera.position.every(Number.isFinite)).toBe(true);
  });
});
