import { expect } from 'vitest';
import type { BeatCues, CueSheet } from '../../../src/core';
import {
  ACTIONS,
  AUDIENCE_STATES,
  BEAT_KINDS,
  CURTAIN_STATES,
  GENDERS,
  GROUP_SUBJECTS,
  LIGHT_STATES,
  MARKS,
  MAX_CHARACTERS,
  MAX_DANCERS,
  MOODS,
  MOVES,
  ROLES,
  SHOTS,
  TRANSITIONS,
  familyOf,
} from '../../../src/core/cuesheet/vocabulary';

const CLOSE = new Set(['close', 'extreme-close']);
/** What a character (who never dances) may do. */
const CHARACTER_FAMILIES = new Set(['still', 'travel', 'bow']);
/** The roles of one to four dancers, in the order the sheet lists them. */
const DANCER_ROLES = ['lead', 'partner', 'soloist', 'soloist'];
/** Cues every beat carries, each of which needs a reason in `why`. */
const CUE_PATHS = [
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
];
const RULE_ID = /^[a-z]+\.[a-z-]+$/;
const EPSILON_SEC = 1e-6;

/** Where a broken rule is reported: one line per problem, asserted at once (a 2000-beat show stays fast). */
type Report = (ok: boolean, problem: string) => void;

const isIn = (list: readonly string[], value: unknown): boolean =>
  typeof value === 'string' && list.includes(value);

/** The cast: one to four dancers (lead, partner, soloists), then up to two characters; unique ids. */
function checkCast(sheet: CueSheet, report: Report): void {
  const castIds = sheet.cast.map((c) => c.id);
  report(new Set(castIds).size === castIds.length, `cast ids repeat: ${castIds.join(', ')}`);
  for (const m of sheet.cast) {
    report(/^[a-z0-9-]+$/.test(m.id), `cast id "${m.id}" is not a slug`);
    report(isIn(GENDERS, m.gender), `${m.id}: gender "${m.gender}"`);
    report(isIn(ROLES, m.role), `${m.id}: role "${m.role}"`);
  }
  const dancing = sheet.cast.filter((m) => m.role !== 'character').length;
  const characters = sheet.cast.length - dancing;
  report(dancing >= 1 && dancing <= MAX_DANCERS, `${dancing} dancers (1 to ${MAX_DANCERS})`);
  report(characters <= MAX_CHARACTERS, `${characters} characters (at most ${MAX_CHARACTERS})`);
  const roles = sheet.cast.map((m) => m.role).join(' ');
  const expected = [
    ...DANCER_ROLES.slice(0, dancing),
    ...Array<string>(characters).fill('character'),
  ].join(' ');
  report(roles === expected, `cast roles "${roles}", expected "${expected}"`);
}

/**
 * The beats' frame: `index` is the position; prologue beats first and epilogue beats last, each
 * with empty text and no span; story beats carry the text (given the story, the slice their span
 * names), spans in order; each beat starts where the previous one ends.
 */
function checkFrame(sheet: CueSheet, storyText: string | undefined, report: Report): void {
  const kinds = sheet.beats.map((b) => b.kind).join(' ');
  report(/^(prologue )*story( story)*( epilogue)*$/.test(kinds), `beat kinds in order: ${kinds}`);
  let endSec = 0;
  let spanEnd = 0;
  let paragraph = 0;
  sheet.beats.forEach((beat, i) => {
    const at = `beats[${i}]`;
    report(beat.index === i, `${at}.index is ${beat.index}`);
    report(isIn(BEAT_KINDS, beat.kind), `${at}.kind "${beat.kind}"`);
    report(isIn(MOODS, beat.mood), `${at}.mood "${beat.mood}"`);
    report(
      Math.abs(beat.startSec - endSec) < EPSILON_SEC,
      `${at} starts at ${beat.startSec}, not where the beat before ends (${endSec})`,
    );
    report(beat.durationSec > 0, `${at}.durationSec ${beat.durationSec}`);
    endSec = beat.startSec + beat.durationSec;
    if (beat.kind !== 'story') {
      report(beat.text === '', `${at}: a ${beat.kind} beat has text "${beat.text}"`);
      report(beat.span === undefined, `${at}: a ${beat.kind} beat has a span`);
      report(beat.paragraph === undefined, `${at}: a ${beat.kind} beat has a paragraph`);
      return;
    }
    report(beat.text.length > 0, `${at}: a story beat without text`);
    const span = beat.span;
    if (!span) {
      report(false, `${at}: a story beat without a span`);
      return;
    }
    report(span[0] >= spanEnd && span[1] > span[0], `${at}.span [${span.join(', ')}] out of order`);
    spanEnd = span[1];
    if (storyText !== undefined) {
      report(storyText.slice(span[0], span[1]) === beat.text, `${at}.text is not its span's slice`);
    }
    report((beat.paragraph ?? -1) >= paragraph, `${at}.paragraph ${beat.paragraph} goes back`);
    paragraph = beat.paragraph ?? paragraph;
  });
  report(Math.abs(sheet.durationSec - endSec) < EPSILON_SEC, `durationSec ${sheet.durationSec}`);
}

/** The cues of one beat: all from the vocabulary, referring to the cast, each with a reason. */
function checkCues(sheet: CueSheet, beat: BeatCues, i: number, report: Report): void {
  const at = `beats[${i}]`;
  const castIds = sheet.cast.map((c) => c.id);
  const characters = new Set(sheet.cast.filter((m) => m.role === 'character').map((m) => m.id));
  const { camera, lights, stage, music } = beat;
  report(isIn(SHOTS, camera.shot), `${at}.camera.shot "${camera.shot}"`);
  report(isIn(MOVES, camera.move), `${at}.camera.move "${camera.move}"`);
  report(isIn(TRANSITIONS, camera.transition), `${at}.camera.transition`);
  if (camera.transition === 'blend') {
    const blendSec = camera.blendSec ?? NaN;
    report(blendSec >= 1.5 && blendSec <= 3, `${at}.camera.blendSec ${camera.blendSec}`);
  }
  report(
    castIds.includes(camera.subject) || isIn(GROUP_SUBJECTS, camera.subject),
    `${at}.camera.subject "${camera.subject}"`,
  );
  // "pair" frames two or more dancers, "ensemble" three or more (DESIGN.md).
  const dancing = sheet.cast.length - characters.size;
  if (camera.subject === 'pair') report(dancing >= 2, `${at}: "pair" with ${dancing} dancer(s)`);
  if (camera.subject === 'ensemble')
    report(dancing >= 3, `${at}: "ensemble" with ${dancing} dancer(s)`);
  report(isIn(LIGHT_STATES, lights.state), `${at}.lights.state "${lights.state}"`);
  report(/^#[0-9a-f]{6}$/.test(lights.color), `${at}.lights.color "${lights.color}"`);
  report(lights.intensity >= 0 && lights.intensity <= 1, `${at}.lights.intensity`);
  report(lights.follow.length <= 2, `${at}.lights.follow has ${lights.follow.length} ids`);
  report(new Set(lights.follow).size === lights.follow.length, `${at}.lights.follow repeats`);
  for (const id of lights.follow) report(castIds.includes(id), `${at}.lights.follow "${id}"`);
  // Every cast member once, whether they dance or not.
  const ids = beat.dancers.map((d) => d.id);
  report(
    ids.length === castIds.length && castIds.every((id) => ids.includes(id)),
    `${at}.dancers are ${ids.join(', ')}, not the cast ${castIds.join(', ')}`,
  );
  for (const d of beat.dancers) {
    report(isIn(ACTIONS, d.action), `${at} ${d.id}: action "${d.action}"`);
    report(isIn(MARKS, d.mark), `${at} ${d.id}: mark "${d.mark}"`);
    if (characters.has(d.id) && isIn(ACTIONS, d.action)) {
      report(CHARACTER_FAMILIES.has(familyOf(d.action)), `${at}: character ${d.id} ${d.action}`);
    }
  }
  // A partnered step takes two: nobody lifts or promenades alone.
  const partnered = beat.dancers.filter(
    (d) => isIn(ACTIONS, d.action) && familyOf(d.action) === 'partnered',
  );
  report(
    partnered.length !== 1,
    `${at}: ${partnered[0]?.id} dances ${partnered[0]?.action} with nobody`,
  );
  report(isIn(CURTAIN_STATES, stage.curtain), `${at}.stage.curtain "${stage.curtain}"`);
  report(isIn(AUDIENCE_STATES, stage.audience), `${at}.stage.audience "${stage.audience}"`);
  report(music.level >= 0 && music.level <= 1, `${at}.music.level ${music.level}`);
  // Every cue of a story beat has a reason (the frame beats' reasons: directShow.test.ts).
  if (beat.kind !== 'story') return;
  const paths = [
    ...CUE_PATHS,
    ...castIds.flatMap((id) => [`dancers.${id}.action`, `dancers.${id}.mark`]),
  ];
  for (const path of paths) {
    const why = beat.why.find((w) => w.cue === path);
    report(why !== undefined, `${at} has no why for ${path}`);
    if (why) report(RULE_ID.test(why.rule), `${at} why ${path}: rule "${why.rule}"`);
  }
}

/** The camera's flow: a close shot never crops a moving dancer, no shot thrice, no long holds. */
function checkCamera(sheet: CueSheet, report: Report): void {
  const dancerIds = sheet.cast.filter((m) => m.role !== 'character').map((m) => m.id);
  let runSec = 0;
  sheet.beats.forEach((beat, i) => {
    const { shot, subject } = beat.camera;
    if (CLOSE.has(shot)) {
      const group = subject === 'pair' || subject === 'ensemble';
      for (const d of beat.dancers) {
        const framed = group ? dancerIds.includes(d.id) : d.id === subject;
        const family = isIn(ACTIONS, d.action) ? familyOf(d.action) : 'still';
        report(
          !framed || !['jump', 'turn', 'travel'].includes(family),
          `beats[${i}]: ${shot} on ${d.id}, who does ${d.action}`,
        );
      }
    }
    if (i >= 2) {
      const shots = sheet.beats.slice(i - 2, i + 1).map((b) => b.camera.shot);
      report(new Set(shots).size > 1, `beats ${i - 2}..${i}: ${shots.join(' ')}`);
      report(!shots.every((s) => CLOSE.has(s)), `beats ${i - 2}..${i}: three close shots`);
    }
    const prev = sheet.beats[i - 1];
    const held = prev && prev.camera.shot === shot && prev.camera.subject === subject;
    runSec = held ? runSec + beat.durationSec : beat.durationSec;
    if (held) report(runSec <= 20, `shot held ${runSec.toFixed(1)} s to beat ${i}`);
  });
  report(sheet.beats[0]?.camera.shot === 'establishing', 'the show opens on an establishing shot');
}

/** The show ends in a curtain call, the story's or the epilogue: each dancer bows under the bows lights, the house applauds (unless it is empty). */
function checkCall(sheet: CueSheet, report: Report): void {
  const last = sheet.beats[sheet.beats.length - 1];
  if (!last) return;
  report(last.lights.state === 'bows', `the last beat is lit "${last.lights.state}", not bows`);
  report(
    ['applause', 'ovation', 'empty'].includes(last.stage.audience),
    `the last beat's audience is "${last.stage.audience}"`,
  );
  let callStart = sheet.beats.length - 1;
  while (callStart > 0 && sheet.beats[callStart - 1]!.lights.state === 'bows') callStart--;
  const call = sheet.beats.slice(callStart);
  for (const m of sheet.cast) {
    if (m.role === 'character') continue;
    const bows = call.some((b) =>
      b.dancers.some(
        (d) => d.id === m.id && isIn(ACTIONS, d.action) && familyOf(d.action) === 'bow',
      ),
    );
    report(bows, `${m.id} never bows in the curtain call`);
  }
}

/**
 * Test helper: asserts the rules every directed show keeps, whatever the story (cue-sheet
 * version 2). Give the story's text to check that each story beat's span slices out its text.
 */
export function expectShowInvariants(sheet: CueSheet, storyText?: string): void {
  const problems: string[] = [];
  const report: Report = (ok, problem) => {
    if (!ok) problems.push(problem);
  };
  report(sheet.version === 2, `version ${sheet.version}`);
  checkCast(sheet, report);
  checkFrame(sheet, storyText, report);
  sheet.beats.forEach((beat, i) => checkCues(sheet, beat, i, report));
  checkCamera(sheet, report);
  checkCall(sheet, report);
  expect(problems.slice(0, 20)).toEqual([]);
}
