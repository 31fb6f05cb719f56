import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createShow } from '../../../src/core/createShow';
import { applyOverrides, parseCueSheet, serializeCueSheet } from '../../../src/core/cuesheet';
import type { CueSheet } from '../../../src/core/cuesheet/schema';

// Malformed sheets are built by poking at loose JSON on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

const seed = readFileSync('assets/stories/seed-story.txt', 'utf8');
const sheet = createShow(seed);

/** A deep copy with one change made by `edit`. */
function broken(edit: (json: Json) => void): unknown {
  const copy = JSON.parse(JSON.stringify(sheet)) as Json;
  edit(copy);
  return copy;
}

function errorsOf(input: unknown): string[] {
  const result = parseCueSheet(input);
  if (result.ok) throw new Error('expected the sheet to be rejected');
  return result.errors;
}

describe('parseCueSheet', () => {
  it('round-trips the seed show through JSON unchanged', () => {
    const result = parseCueSheet(serializeCueSheet(sheet));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.sheet).toEqual(sheet);
  });

  it('accepts a parsed value as well as text', () => {
    expect(parseCueSheet(JSON.parse(serializeCueSheet(sheet))).ok).toBe(true);
  });

  const cases: Array<[string, (json: Json) => void, RegExp]> = [
    ['a wrong version', (j) => (j.version = 3), /^version: /],
    [
      'an unknown shot',
      (j) => (j.beats[3].camera.shot = 'closeup'),
      /^beats\[3\]\.camera\.shot: expected one of "establishing"/,
    ],
    [
      'an unknown action',
      (j) => (j.beats[1].dancers[0].action = 'moonwalk'),
      /^beats\[1\]\.dancers\[0\]\.action: expected one of/,
    ],
    [
      'an unknown mark',
      (j) => (j.beats[0].dancers[1].mark = 'balcony'),
      /^beats\[0\]\.dancers\[1\]\.mark: /,
    ],
    [
      'a light level above 1',
      (j) => (j.beats[2].lights.intensity = 1.5),
      /^beats\[2\]\.lights\.intensity: expected at most 1/,
    ],
    [
      'a bad color',
      (j) => (j.beats[2].lights.color = 'red'),
      /^beats\[2\]\.lights\.color: expected a #rrggbb color/,
    ],
    ['a missing curtain', (j) => delete j.beats[4].stage.curtain, /^beats\[4\]\.stage\.curtain: /],
    ['a negative duration', (j) => (j.beats[5].durationSec = -1), /^beats\[5\]\.durationSec: /],
    [
      'a string for a number',
      (j) => (j.beats[0].startSec = 'soon'),
      /^beats\[0\]\.startSec: expected number, got "soon"/,
    ],
    ['a missing title', (j) => delete j.title, /^title: is missing \(expected string\)/],
    ['no beats', (j) => (j.beats = []), /^beats: expected at least 1/],
    [
      'a music level below 0',
      (j) => (j.beats[6].music.level = -0.2),
      /^beats\[6\]\.music\.level: expected at least 0/,
    ],
    [
      'an unknown audience state',
      (j) => (j.beats[0].stage.audience = 'asleep'),
      /^beats\[0\]\.stage\.audience: /,
    ],
    [
      'a dancer not in the cast',
      (j) => (j.beats[2].dancers[0].id = 'ghost'),
      /^beats\[2\]\.dancers\[0\]\.id: "ghost" is not in the cast/,
    ],
    [
      'a subject not in the cast',
      (j) => (j.beats[2].camera.subject = 'ghost'),
      /^beats\[2\]\.camera\.subject: /,
    ],
    ['a beat out of order', (j) => (j.beats[2].index = 7), /^beats\[2\]\.index: expected 2, got 7/],
    ['a short span', (j) => (j.beats[1].span = [5]), /^beats\[1\]\.span/],
    // Version 2: cast genders and roles, beat kinds and moods, bounds of a show.
    [
      'a version 1 role in a version 2 sheet',
      (j) => (j.cast[0].role = 'ballerina'),
      /^cast\[0\]\.role: expected one of "lead"/,
    ],
    ['an unknown gender', (j) => (j.cast[1].gender = 'unknown'), /^cast\[1\]\.gender: /],
    ['an unknown beat kind', (j) => (j.beats[0].kind = 'interlude'), /^beats\[0\]\.kind: /],
    ['an unknown mood', (j) => (j.beats[2].mood = 'sleepy'), /^beats\[2\]\.mood: /],
    [
      'a story beat without a span',
      (j) => delete j.beats[1].span,
      /^beats\[1\]\.span: a story beat needs a span/,
    ],
    [
      'three follow-spots',
      (j) => (j.beats[2].lights.follow = [j.cast[0].id, j.cast[1].id, j.cast[0].id]),
      /^beats\[2\]\.lights\.follow: expected at most 2/,
    ],
    [
      'a follow-spot on someone not in the cast',
      (j) => (j.beats[2].lights.follow = ['ghost']),
      /^beats\[2\]\.lights\.follow\[0\]: "ghost" is not in the cast/,
    ],
    [
      'a beat longer than ten minutes',
      (j) => (j.beats[3].durationSec = 601),
      /^beats\[3\]\.durationSec: expected at most 600/,
    ],
    [
      'a show longer than a day',
      (j) => {
        const last = j.beats[j.beats.length - 1];
        last.startSec = 86_000;
        last.durationSec = 600;
      },
      /^beats: the show runs past 86400 s/,
    ],
    [
      'five dancers',
      (j) =>
        (j.cast = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({
          id,
          name: id,
          gender: 'female',
          role: i === 0 ? 'lead' : 'soloist',
        }))),
      /^cast: expected 1 to 4 dancers, got 5/,
    ],
    [
      'no dancer, only characters',
      (j) => j.cast.forEach((m: Json) => (m.role = 'character')),
      /^cast: expected 1 to 4 dancers, got 0/,
    ],
    [
      'three characters',
      (j) =>
        j.cast.push(
          ...['x', 'y', 'z'].map((id) => ({ id, name: id, gender: 'male', role: 'character' })),
        ),
      /^cast: expected at most 2 characters/,
    ],
    [
      'two cast members with one id',
      (j) => (j.cast[1].id = j.cast[0].id),
      /^cast: two members share an id/,
    ],
  ];
  for (const [name, edit, pattern] of cases) {
    it(`rejects ${name} and names the path`, () => {
      const errors = errorsOf(broken(edit));
      expect(
        errors.some((e) => pattern.test(e)),
        errors.join('\n'),
      ).toBe(true);
    });
  }

  it('rejects text that is not JSON with one clear line', () => {
    const errors = errorsOf('{"version": 1,');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\(root\): not valid JSON/);
  });

  it('rejects a value that is not an object', () => {
    expect(errorsOf(42)[0]).toMatch(/^\(root\): expected object/);
  });
});

describe('overrides', () => {
  const target = sheet.beats[4]!;
  const override = {
    text: target.text,
    camera: { shot: 'overhead' as const },
    music: { level: 0.3 },
  };

  it('apply to the beat whose text matches and record why', () => {
    const edited = applyOverrides({ ...sheet, overrides: [override] });
    expect(edited.beats[4]!.camera.shot).toBe('overhead');
    expect(edited.beats[4]!.camera.subject).toBe(target.camera.subject);
    expect(edited.beats[4]!.music.level).toBe(0.3);
    expect(edited.beats[4]!.why).toContainEqual({
      cue: 'camera.shot',
      rule: 'override',
      words: [],
    });
    expect(edited.beats[3]).toEqual(sheet.beats[3]);
  });

  it('survive regenerating from edited text where the beat is unchanged', () => {
    const editedText = `A new first line was written here today. ${seed}`;
    const regenerated = createShow(editedText, { overrides: [override] });
    const moved = regenerated.beats.find((b) => b.text === target.text);
    expect(moved?.camera.shot).toBe('overhead');
    expect(moved?.index).not.toBe(target.index);
  });

  it('survive a JSON round trip and still parse', () => {
    const edited: CueSheet = applyOverrides({ ...sheet, overrides: [override] });
    const result = parseCueSheet(serializeCueSheet(edited));
    expect(result.ok && result.sheet.overrides).toEqual([override]);
  });
});
