import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { directShow } from '../../../src/core/direction';
import { segmentBeats } from '../../../src/core/story';
import {
  ARCH_HALF_WIDTH_M,
  compileTimeline,
  CURTAIN_FRONT_Z,
  DANCER_CLEARANCE_M,
  sampleTimeline,
} from '../../../src/core/timeline';
import { expectFramed } from './frustum';

const text = readFileSync(
  new URL('../../../assets/stories/seed-story.txt', import.meta.url),
  'utf8',
);
const sheet = directShow(segmentBeats(text));
const timeline = compileTimeline(sheet);

describe('the seed story', () => {
  it('compiles every beat and holds the last one after the end', () => {
    expect(timeline.beats.length).toBe(sheet.beats.length);
    expect(timeline.durationSec).toBeGreaterThan(30);
    const end = sampleTimeline(timeline, timeline.durationSec + 5);
    expect(end.beatIndex).toBe(sheet.beats.length - 1);
    expect(end.caption).toBe(sheet.beats[sheet.beats.length - 1]!.text);
  });

  it('moves camera and dancers continuously except at cuts', () => {
    let prev = sampleTimeline(timeline, 0);
    let cuts = 0;
    for (let i = 1; i / 60 <= timeline.durationSec; i++) {
      const next = sampleTimeline(timeline, i / 60);
      next.dancers.forEach((d, k) => {
        const p = prev.dancers[k]!.root;
        expect(Math.hypot(d.root[0] - p[0], d.root[1] - p[1], d.root[2] - p[2])).toBeLessThan(0.15);
      });
      if (next.camera.cut === prev.camera.cut) {
        const a = next.camera.position;
        const b = prev.camera.position;
        expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])).toBeLessThan(0.5);
      } else cuts++;
      prev = next;
    }
    expect(cuts).toBe(timeline.shots.filter((s, i) => i > 0 && s.blendSec === 0).length);
  });

  it('keeps the camera in front of a closed curtain, inside the arch and off the dancers', () => {
    for (let t = 0; t <= timeline.durationSec; t += 1 / 30) {
      const { camera, curtain, dancers } = sampleTimeline(timeline, t);
      const [x, y, z] = camera.position;
      if (curtain < 0.5) expect(z).toBeGreaterThanOrEqual(CURTAIN_FRONT_Z - 1e-9);
      if (z < 0.5 && y > 0 && y < 8)
        expect(Math.abs(x)).toBeLessThanOrEqual(ARCH_HALF_WIDTH_M + 1e-9);
      for (const d of dancers) {
        expect(Math.hypot(x - d.root[0], z - d.root[2])).toBeGreaterThanOrEqual(
          DANCER_CLEARANCE_M - 1e-9,
        );
      }
    }
  });

  it('keeps the subject in frame on every beat', () => {
    // Only a view from upstage with the curtain still down is skipped (nothing there to frame).
    const skippable = sheet.beats.filter((b) => b.camera.shot === 'pov-audience').length;
    expect(expectFramed(sheet)).toBeGreaterThanOrEqual(sheet.beats.length - skippable);
  });
});
