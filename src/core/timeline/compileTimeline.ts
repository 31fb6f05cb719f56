import type { BeatCues, CueSheet } from '../cuesheet/schema';
import type { AudienceState, CurtainState } from '../cuesheet/vocabulary';
import { compileDancers } from './compileDancers';
import { compileShots, type CompileOptions } from './compileShots';
import { createTrackBuilder, type TrackBuilder } from './createTrackBuilder';
import { compileLook, CURTAIN_FADE_SEC, followedIds } from './compileLook';
import type { Timeline, Track } from './types';

const AUDIENCE_FADE_SEC = 1.5;
const MUSIC_FADE_SEC = 2;
const FOLLOW_FADE_SEC = 1.2;

/** Excitement of each audience state, 0 still .. 1 on their feet. */
export const EXCITEMENT: Record<AudienceState, number> = {
  empty: 0,
  seated: 0,
  hushed: 0.15,
  applause: 0.7,
  ovation: 1,
};

const CURTAIN_TARGET: Record<CurtainState, number> = { closed: 0, opening: 1, open: 1, closing: 0 };
const CURTAIN_START: Record<CurtainState, number> = { closed: 0, opening: 0, open: 1, closing: 1 };

/** Makes a track that fades to each beat's value whenever that value changes. */
function beatTrack(
  beats: BeatCues[],
  initial: number[],
  valueOf: (beat: BeatCues) => number[],
  fadeSecOf: (beat: BeatCues, b: number) => number,
  fadeStartSecOf: (beat: BeatCues, b: number) => number = (beat, b) =>
    b === 0 ? 0 : beat.startSec,
): Track {
  const builder: TrackBuilder = createTrackBuilder(initial.length, initial);
  let last = initial;
  beats.forEach((beat, b) => {
    const target = valueOf(beat);
    if (target.every((v, k) => v === last[k])) return;
    builder.fadeTo(fadeStartSecOf(beat, b), target, fadeSecOf(beat, b));
    last = target;
  });
  return builder.build();
}

/** The sheet with the first beat at 0 and start times that never go backwards (hand-edited JSON may). */
function withOrderedTimes(sheet: CueSheet): CueSheet {
  let atSec = 0;
  const beats = sheet.beats.map((beat, b) => {
    const durationSec = Number.isFinite(beat.durationSec) ? Math.max(0, beat.durationSec) : 0;
    const wanted = Number.isFinite(beat.startSec) ? beat.startSec : atSec;
    const startSec = b === 0 ? 0 : Math.max(atSec, wanted);
    atSec = startSec + durationSec;
    return startSec === beat.startSec && durationSec === beat.durationSec
      ? beat
      : { ...beat, startSec, durationSec };
  });
  return { ...sheet, beats };
}

/**
 * Compiles a cue sheet into keyframed tracks (camera, lights, dancers, curtain, house, music);
 * `options.reducedMotion` (prefers-reduced-motion) cuts instead of fast blends, holds sweeping
 * camera moves still and slows turns to half speed.
 */
export function compileTimeline(input: CueSheet, options: CompileOptions = {}): Timeline {
  const sheet = withOrderedTimes(input);
  const beats = sheet.beats;
  const last = beats[beats.length - 1];
  const endSec = last ? last.startSec + last.durationSec : 0;
  const durationSec = Math.max(endSec, Number.isFinite(sheet.durationSec) ? sheet.durationSec : 0);
  const first = beats[0];
  const castCount = sheet.cast.length;

  const look = compileLook(sheet);

  // Follow-spot k keeps its last dancer when it is switched off, so it never swings while dark.
  const weights = new Array<number>(castCount * 2).fill(0);
  if (castCount > 0) {
    weights[0] = 1;
    weights[castCount + Math.min(1, castCount - 1)] = 1;
  }
  const followOf = (beat: BeatCues): number[] => {
    followedIds(sheet, beat).forEach((id, k) => {
      const index = sheet.cast.findIndex((m) => m.id === id);
      for (let j = 0; j < castCount; j++) weights[k * castCount + j] = j === index ? 1 : 0;
    });
    return weights.slice();
  };
  const follow = beatTrack(
    beats,
    first ? followOf(first) : weights.slice(),
    followOf,
    () => FOLLOW_FADE_SEC,
  );

  const curtain = beatTrack(
    beats,
    [first ? CURTAIN_START[first.stage.curtain] : 0],
    (beat) => [CURTAIN_TARGET[beat.stage.curtain]],
    () => CURTAIN_FADE_SEC,
    // A closing curtain comes in at the end of its beat, so the bow it ends is seen whole.
    (beat, b) =>
      b === 0
        ? 0
        : beat.stage.curtain === 'closing'
          ? Math.max(beat.startSec, beat.startSec + beat.durationSec - CURTAIN_FADE_SEC - 0.5)
          : beat.startSec,
  );
  const excitement = beatTrack(
    beats,
    [first ? EXCITEMENT[first.stage.audience] : 0],
    (beat) => [EXCITEMENT[beat.stage.audience]],
    () => AUDIENCE_FADE_SEC,
  );
  const music = beatTrack(
    beats,
    [first?.music.level ?? 0],
    (beat) => [beat.music.level],
    () => MUSIC_FADE_SEC,
  );
  const dancers = compileDancers(sheet);
  const shots = compileShots(sheet, durationSec, dancers, options);
  return {
    title: sheet.title,
    durationSec,
    beats: beats.map((beat, b) => ({
      index: b,
      startSec: b === 0 ? 0 : beat.startSec,
      durationSec: beat.durationSec,
      text: beat.text,
      lightState: beat.lights.state,
      audience: beat.stage.audience,
    })),
    beatStartsSec: beats.map((beat, b) => (b === 0 ? 0 : beat.startSec)),
    shots,
    shotStartsSec: shots.map((s) => s.startSec),
    look,
    follow,
    curtain,
    excitement,
    music,
    dancers,
    reducedMotion: options.reducedMotion === true,
  };
}
