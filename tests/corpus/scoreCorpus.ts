import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createShow, familyOf, type CueSheet, type CastMember } from '../../src/core';
import type { StoryReader } from '../../src/core/direction/grammar';

/** One expectation of a reader, met or not. */
export interface Outcome {
  story: string;
  what: string;
  met: boolean;
  got: string;
}

type OneOrMany = string | string[];
interface Check {
  at: string;
  who?: string;
  [key: string]: unknown;
}
interface Expectations {
  cast: {
    dancers: number;
    characters?: number;
    people: { name: string; gender?: string; dances?: boolean }[];
  };
  prologue?: boolean;
  epilogue?: boolean;
  checks: Check[];
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : [String(v)]);
const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The cast member a reader's name refers to ("Marco" → "Marco Rossi", "teacher" → "The teacher"). */
export function memberNamed(cast: readonly CastMember[], name: string): CastMember | undefined {
  const want = words(name);
  return cast.find((m) => {
    const have = words(m.name);
    return want.every((w) => have.includes(w)) || m.id === name.toLowerCase();
  });
}

function beatAt(sheet: CueSheet, text: string, at: string) {
  const beats = sheet.beats;
  const story = beats.filter((b) => b.kind === 'story');
  switch (at) {
    case '@first':
      return beats[0];
    case '@last':
      return beats[beats.length - 1];
    case '@firstStory':
      return story[0];
    case '@lastStory':
      return story[story.length - 1];
    case '@prologue':
      return beats.filter((b) => b.kind === 'prologue').pop();
    case '@epilogue':
      return beats.find((b) => b.kind === 'epilogue');
  }
  const start = text.indexOf(at);
  if (start < 0) throw new Error(`quote not in story: "${at}"`);
  return story.find((b) => b.span && b.span[0] <= start && start < b.span[1]);
}

/** Judges one story's show against its expectations, one outcome per expectation. */
export function scoreStory(
  story: string,
  text: string,
  expect: Expectations,
  sheet: CueSheet,
): Outcome[] {
  const out: Outcome[] = [];
  const add = (what: string, met: boolean, got: string) => out.push({ story, what, met, got });
  const dancing = sheet.cast.filter((m) => m.role !== 'character');
  add(
    `cast: ${expect.cast.dancers} dancers`,
    dancing.length === expect.cast.dancers,
    `${dancing.length}`,
  );
  if (expect.cast.characters !== undefined) {
    const n = sheet.cast.length - dancing.length;
    add(`cast: ${expect.cast.characters} characters`, n === expect.cast.characters, `${n}`);
  }
  for (const p of expect.cast.people) {
    const m = memberNamed(sheet.cast, p.name);
    add(`cast: ${p.name} present`, m !== undefined, sheet.cast.map((c) => c.name).join(', '));
    if (p.gender) add(`cast: ${p.name} ${p.gender}`, m?.gender === p.gender, m?.gender ?? 'absent');
    if (p.dances !== undefined) {
      const dances = m !== undefined && m.role !== 'character';
      add(
        `cast: ${p.name} ${p.dances ? 'dances' : 'does not dance'}`,
        m !== undefined && dances === p.dances,
        m?.role ?? 'absent',
      );
    }
  }
  const has = (kind: string) => sheet.beats.some((b) => b.kind === kind);
  if (expect.prologue !== undefined)
    add(`prologue ${expect.prologue}`, has('prologue') === expect.prologue, `${has('prologue')}`);
  if (expect.epilogue !== undefined)
    add(`epilogue ${expect.epilogue}`, has('epilogue') === expect.epilogue, `${has('epilogue')}`);
  for (const check of expect.checks) {
    const beat = beatAt(sheet, text, check.at);
    const member = check.who ? memberNamed(sheet.cast, check.who) : undefined;
    const cue = beat && member ? beat.dancers.find((d) => d.id === member.id) : undefined;
    for (const [key, value] of Object.entries(check)) {
      if (key === 'at' || key === 'who') continue;
      const what = `"${check.at}"${check.who ? ` ${check.who}` : ''} ${key} ${JSON.stringify(value)}`;
      if (!beat) {
        add(what, false, 'no such beat');
        continue;
      }
      const want = list(value as OneOrMany);
      let got = '';
      let met = false;
      switch (key) {
        case 'family':
        case 'notFamily':
          got = cue ? familyOf(cue.action) : 'no cue';
          met = cue !== undefined && want.includes(got) === (key === 'family');
          break;
        case 'action':
        case 'notAction':
          got = cue?.action ?? 'no cue';
          met = cue !== undefined && want.includes(got) === (key === 'action');
          break;
        case 'mark':
          got = cue?.mark ?? 'no cue';
          met = want.includes(got);
          break;
        case 'lights':
        case 'notLights':
          got = beat.lights.state;
          met = want.includes(got) === (key === 'lights');
          break;
        case 'audience':
          got = beat.stage.audience;
          met = want.includes(got);
          break;
        case 'curtain':
          got = beat.stage.curtain;
          met = want.includes(got);
          break;
        case 'mood':
          got = beat.mood;
          met = want.includes(got);
          break;
        case 'musicAtLeast':
          got = String(beat.music.level);
          met = beat.music.level >= Number(value);
          break;
        case 'musicAtMost':
          got = String(beat.music.level);
          met = beat.music.level <= Number(value);
          break;
        case 'follow': {
          const m = memberNamed(sheet.cast, String(value));
          got = beat.lights.follow.join(',');
          met = m !== undefined && beat.lights.follow.includes(m.id);
          break;
        }
        default:
          throw new Error(`${story}: unknown expectation "${key}"`);
      }
      add(what, met, got);
    }
  }
  return out;
}

/** Every story of a corpus folder, directed and judged. */
export function scoreCorpus(dir: string, reader?: StoryReader): Outcome[] {
  const stems = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
  return stems.flatMap((stem) => {
    const text = readFileSync(join(dir, `${stem}.txt`), 'utf8');
    const expect = JSON.parse(readFileSync(join(dir, `${stem}.json`), 'utf8')) as Expectations;
    const sheet = createShow(text, reader ? { reader } : {});
    return scoreStory(stem, text, expect, sheet);
  });
}
