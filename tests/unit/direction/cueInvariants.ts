import { expect } from 'vitest';
import type { CueSheet } from '../../../src/core';
import {
  ACTIONS,
  AUDIENCE_STATES,
  CURTAIN_STATES,
  GROUP_SUBJECTS,
  LIGHT_STATES,
  MARKS,
  MOVES,
  SHOTS,
  TRANSITIONS,
  familyOf,
} from '../../../src/core/cuesheet/vocabulary';

const CLOSE = new Set(['close', 'extreme-close']);

/** Test helper: asserts the rules every directed show keeps, whatever the story. */
export function expectShowInvariants(sheet: CueSheet): void {
  const castIds = sheet.cast.map((c) => c.id);
  expect(castIds).toHaveLength(2);
  expect(sheet.cast.map((c) => c.role)).toEqual(['ballerina', 'partner']);
  for (const id of castIds) expect(id).toMatch(/^[a-z0-9-]+$/);
  const subjects = new Set<string>([...castIds, ...GROUP_SUBJECTS]);
  sheet.beats.forEach((beat, i) => {
    expect(SHOTS).toContain(beat.camera.shot);
    expect(MOVES).toContain(beat.camera.move);
    expect(TRANSITIONS).toContain(beat.camera.transition);
    if (beat.camera.transition === 'blend') {
      expect(beat.camera.blendSec).toBeGreaterThanOrEqual(1.5);
      expect(beat.camera.blendSec).toBeLessThanOrEqual(3);
    }
    expect(subjects.has(beat.camera.subject), `subject ${beat.camera.subject}`).toBe(true);
    expect(LIGHT_STATES).toContain(beat.lights.state);
    expect(beat.lights.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(beat.lights.intensity).toBeGreaterThanOrEqual(0);
    expect(beat.lights.intensity).toBeLessThanOrEqual(1);
    expect(beat.lights.follow.length).toBeLessThanOrEqual(2);
    for (const id of beat.lights.follow) expect(castIds).toContain(id);
    expect(beat.dancers.map((d) => d.id)).toEqual(castIds);
    for (const d of beat.dancers) {
      expect(ACTIONS).toContain(d.action);
      expect(MARKS).toContain(d.mark);
    }
    expect(CURTAIN_STATES).toContain(beat.stage.curtain);
    expect(AUDIENCE_STATES).toContain(beat.stage.audience);
    expect(beat.music.level).toBeGreaterThanOrEqual(0);
    expect(beat.music.level).toBeLessThanOrEqual(1);
    // Every cue has a reason.
    const paths = [
      'camera.shot',
      'camera.subject',
      'camera.move',
      'camera.transition',
      'lights.state',
      'lights.follow',
      'lights.intensity',
      'lights.color',
      'stage.curtain',
      'stage.audience',
      'music.level',
      ...castIds.flatMap((id) => [`dancers.${id}.action`, `dancers.${id}.mark`]),
    ];
    for (const path of paths) {
      const why = beat.why.find((w) => w.cue === path);
      expect(why, `beat ${i} has no why for ${path}`).toBeDefined();
      expect(why!.rule).toMatch(/^[a-z]+\.[a-z-]+$/);
    }
    // A close shot never frames a dancer who jumps, turns or travels (it would crop them).
    if (CLOSE.has(beat.camera.shot)) {
      const framed = beat.dancers.filter(
        (d) => beat.camera.subject === 'pair' || d.id === beat.camera.subject,
      );
      for (const d of framed) {
        expect(['jump', 'turn', 'travel'], `beat ${i}: close on ${d.action}`).not.toContain(
          familyOf(d.action),
        );
      }
    }
    // Flow: no shot three times running, at most two close shots in a row.
    if (i >= 2) {
      const shots = sheet.beats.slice(i - 2, i + 1).map((b) => b.camera.shot);
      expect(new Set(shots).size, `beats ${i - 2}..${i}: ${shots.join(' ')}`).toBeGreaterThan(1);
      expect(shots.every((s) => CLOSE.has(s))).toBe(false);
    }
  });
  // A camera setup held over several beats lasts at most 20 s.
  let runSec = 0;
  sheet.beats.forEach((beat, i) => {
    const prev = sheet.beats[i - 1];
    const held =
      prev && prev.camera.shot === beat.camera.shot && prev.camera.subject === beat.camera.subject;
    runSec = held ? runSec + beat.durationSec : beat.durationSec;
    if (held) expect(runSec, `shot held to beat ${i}`).toBeLessThanOrEqual(20);
  });
  expect(sheet.beats[0]!.camera.shot).toBe('establishing');
  const last = sheet.beats[sheet.beats.length - 1]!;
  expect(last.lights.state).toBe('bows');
  for (const d of last.dancers) expect(familyOf(d.action)).toBe('bow');
  expect(['applause', 'ovation']).toContain(last.stage.audience);
}
