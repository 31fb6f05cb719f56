import type { BeatCues, CueSheet } from '../cuesheet/schema';
import { findKeyIndex, sampleTrack } from './sampleTrack';
import type { Action, Move, Shot } from '../cuesheet/vocabulary';
import type { DancerTrack, ShotKey } from './types';

/** How a show is compiled. */
export interface CompileOptions {
  /**
   * prefers-reduced-motion: camera blends shorter than REDUCED_MIN_BLEND_SEC become cuts, orbit,
   * track and crane moves become static, and turning phrases are danced at half speed.
   */
  reducedMotion?: boolean;
}

/** With reduced motion, a camera blend shorter than this is a cut instead. */
export const REDUCED_MIN_BLEND_SEC = 3;
/** Camera moves that sweep the view; with reduced motion they hold still. */
const SWEEPING_MOVES: ReadonlySet<Move> = new Set(['orbit', 'track', 'crane-up', 'crane-down']);

const DEFAULT_BLEND_SEC = 2;
// A few framing angles the shots cycle through, so consecutive shots are not all head-on.
const AZIMUTHS_DEG = [0, -14, 12, -8, 16];

function sameShot(a: BeatCues['camera'], b: BeatCues['camera']): boolean {
  return a.shot === b.shot && a.subject === b.subject && a.move === b.move;
}

/**
 * Which third a dancer goes in: the side of the stage she stands on, so the frame opens toward
 * centre stage where she looks and moves; alternating for centred subjects.
 */
function thirdFor(
  dancers: readonly DancerTrack[],
  subjectIndex: number,
  tSec: number,
  n: number,
): number {
  const ground = [0, 0];
  const track = dancers[subjectIndex];
  const x = track ? (sampleTrack(track.position, tSec, ground)[0] as number) : 0;
  if (x < -1) return -1;
  if (x > 1) return 1;
  return n % 2 === 0 ? -1 : 1;
}

/** Steps whose line is a leg behind or to the side: seen from the front it vanishes. */
const LINE_ACTIONS: ReadonlySet<Action> = new Set<Action>([
  'arabesque',
  'attitude',
  'developpe',
  'fish-dive',
  'promenade',
]);
/** How far round from the house a line is shown (effacé, toward profile). */
const LINE_AZIMUTH_DEG = 50;

/**
 * The shot's base azimuth: the next of the varied angles, or, when the subject is dancing a
 * line (an arabesque, an attitude) in a body shot, from the side so the line shows.
 */
function lineAzimuth(
  dancers: readonly DancerTrack[],
  subjectIndex: number,
  tSec: number,
  shot: Shot,
  n: number,
): number {
  const base = AZIMUTHS_DEG[n % AZIMUTHS_DEG.length] as number;
  const track = dancers[subjectIndex];
  if (!track || !BODY_SHOTS.has(shot)) return base;
  const a = findKeyIndex(track.actionStartsSec, tSec + 0.5);
  const action = track.actions[Math.max(0, a)];
  if (!action || !LINE_ACTIONS.has(action)) return base;
  return (n % 2 === 0 ? 1 : -1) * LINE_AZIMUTH_DEG;
}

const BODY_SHOTS: ReadonlySet<Shot> = new Set<Shot>(['full', 'medium', 'wide', 'low-angle']);

/** Azimuth offsets tried, nearest first, to see the subject past the other dancers. */
const CLEAR_OFFSETS_DEG = [0, 25, -25, 45, -45, 65, -65];
/** How near (meters, across the line of sight) another dancer may stand in front of the subject. */
const OCCLUDER_CLEARANCE_M = 0.9;

/**
 * The azimuth nearest `baseDeg` from which no other dancer stands between the camera and the
 * subject (the view along the ground from the subject toward the camera): never the back of a
 * head in the way.
 */
function clearAzimuth(
  dancers: readonly DancerTrack[],
  subjectIndex: number,
  tSec: number,
  baseDeg: number,
): number {
  const subject = dancers[subjectIndex];
  if (!subject || dancers.length < 2) return baseDeg;
  const at = [0, 0];
  const other = [0, 0];
  sampleTrack(subject.position, tSec, at);
  for (const offset of CLEAR_OFFSETS_DEG) {
    const a = ((baseDeg + offset) * Math.PI) / 180;
    const vx = Math.sin(a);
    const vz = Math.cos(a);
    const blocked = dancers.some((d, i) => {
      if (i === subjectIndex) return false;
      sampleTrack(d.position, tSec, other);
      const dx = (other[0] as number) - (at[0] as number);
      const dz = (other[1] as number) - (at[1] as number);
      const along = dx * vx + dz * vz;
      return along > 0.3 && Math.abs(dx * vz - dz * vx) < OCCLUDER_CLEARANCE_M;
    });
    if (!blocked) return baseDeg + offset;
  }
  return baseDeg;
}

/** The camera shots of a show: a new shot wherever a beat's camera cue changes. */
export function compileShots(
  sheet: CueSheet,
  durationSec: number,
  dancers: readonly DancerTrack[] = [],
  options: CompileOptions = {},
): ShotKey[] {
  const reduced = options.reducedMotion === true;
  const shots: ShotKey[] = [];
  const castIds = sheet.cast.map((m) => m.id);
  let cut = 0;
  let previous: BeatCues['camera'] | undefined;
  sheet.beats.forEach((beat, b) => {
    const cue =
      reduced && SWEEPING_MOVES.has(beat.camera.move)
        ? { ...beat.camera, move: 'static' as const }
        : beat.camera;
    if (previous && sameShot(previous, cue)) return;
    previous = cue;
    const startSec = b === 0 ? 0 : beat.startSec;
    const isGroup = cue.subject === 'pair' || cue.subject === 'stage' || cue.subject === 'audience';
    const subjectIndex = castIds.indexOf(cue.subject);
    const subject = isGroup || subjectIndex >= 0 ? cue.subject : 'pair';
    const first = shots.length === 0;
    const blendSec = Math.min(6, Math.max(0.3, cue.blendSec ?? DEFAULT_BLEND_SEC));
    const tooFast = reduced && blendSec < REDUCED_MIN_BLEND_SEC;
    const blend = !first && cue.transition === 'blend' && !tooFast;
    if (!first && !blend) cut += 1;
    const n = shots.length;
    shots.push({
      startSec,
      durationSec: 0,
      shot: cue.shot,
      subject,
      subjectIndex,
      move: cue.move,
      blendSec: blend ? blendSec : 0,
      cut,
      azimuthDeg: clearAzimuth(
        dancers,
        subjectIndex,
        startSec + Math.min(2, blendSec),
        lineAzimuth(dancers, subjectIndex, startSec, cue.shot, n),
      ),
      thirdSign: thirdFor(dancers, subjectIndex, startSec, n),
    });
  });
  if (shots.length === 0) {
    shots.push({
      startSec: 0,
      durationSec: 0,
      shot: 'establishing',
      subject: 'stage',
      subjectIndex: -1,
      move: 'static',
      blendSec: 0,
      cut: 0,
      azimuthDeg: 0,
      thirdSign: 1,
    });
  }
  shots.forEach((shot, i) => {
    const endSec = shots[i + 1]?.startSec ?? durationSec;
    shot.durationSec = Math.max(0, endSec - shot.startSec);
  });
  return shots;
}
