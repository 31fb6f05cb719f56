import type { BeatCues, CueSheet } from '../cuesheet/schema';
import { createTrackBuilder } from './createTrackBuilder';
import { LOOK_LIGHT_CHANNELS, lightLook } from './lightLook';
import { LIGHT_IDS, type LightId, type Track } from './types';

/** Seconds the curtain takes to open or close (the curtain track's fade). */
export const CURTAIN_FADE_SEC = 4;
/** Seconds over which the reveal wash fades down to the beat's own look once the curtain is open. */
const REVEAL_FADE_SEC = 3;
/**
 * While the curtain opens, the stage and the curtain keep at least this warm low wash (levels
 * 0..1 per light), so the reveal reads as a stage appearing rather than darkness.
 */
const REVEAL_FLOOR: Partial<Record<LightId, number>> = {
  'wash-front': 0.45,
  'wash-left': 0.3,
  'wash-right': 0.3,
  footlights: 0.45,
  cyclorama: 0.35,
};

/** The cast ids the follow-spots track on a beat (at most two, only cast members). */
export function followedIds(sheet: CueSheet, beat: BeatCues): string[] {
  const ids = beat.lights.follow.filter((id) => sheet.cast.some((m) => m.id === id)).slice(0, 2);
  if (ids.length > 0) return ids;
  if (beat.lights.state === 'spot') return sheet.cast.slice(0, 1).map((m) => m.id);
  if (beat.lights.state === 'bows') return sheet.cast.slice(0, 2).map((m) => m.id);
  if (beat.lights.state === 'preshow') {
    // Before the curtain, whoever is out on the apron gets a soft spot.
    return beat.dancers
      .filter((d) => !d.mark.startsWith('wings') && d.action !== 'wait-in-wings')
      .map((d) => d.id)
      .slice(0, 2);
  }
  return ids;
}

/** `look` raised to the reveal floor: each light at least its REVEAL_FLOOR level (blackout excepted). */
function revealOf(look: readonly number[]): number[] {
  const out = look.slice();
  for (const [id, level] of Object.entries(REVEAL_FLOOR)) {
    const at = LIGHT_IDS.indexOf(id as LightId) * LOOK_LIGHT_CHANNELS + 3;
    out[at] = Math.max(out[at] ?? 0, level);
  }
  return out;
}

/**
 * The light look track: each beat's look, faded in when it changes (1.5 s into a blackout, 2.5 s
 * out of one or into bows, else 2 s). A beat whose curtain opens holds a warm low wash until the
 * curtain is open, then fades to its own look, so a 'spot' reveal does not start in the dark.
 */
export function compileLook(sheet: CueSheet): Track {
  const beats = sheet.beats;
  const lookOf = (beat: BeatCues): number[] =>
    lightLook(
      beat.lights.state,
      followedIds(sheet, beat).length,
      beat.lights.intensity,
      beat.lights.color,
    );
  const first = beats[0];
  const builder = createTrackBuilder(
    first ? lookOf(first).length : 0,
    first ? lookOf(first) : lightLook('house', 0, 1, ''),
  );
  let last = first ? lookOf(first) : [];
  let previousState = first?.lights.state;
  beats.forEach((beat, b) => {
    const startSec = b === 0 ? 0 : beat.startSec;
    const target = lookOf(beat);
    const from = previousState;
    previousState = beat.lights.state;
    const fadeSec =
      beat.lights.state === 'blackout'
        ? 1.5
        : from === 'blackout' || beat.lights.state === 'bows'
          ? 2.5
          : 2;
    const reveals = b > 0 && beat.stage.curtain === 'opening' && beat.lights.state !== 'blackout';
    if (reveals) {
      builder.rampThrough(startSec, [
        [fadeSec, revealOf(target)],
        [Math.max(fadeSec, CURTAIN_FADE_SEC), revealOf(target)],
        [Math.max(fadeSec, CURTAIN_FADE_SEC) + REVEAL_FADE_SEC, target],
      ]);
      last = target;
      return;
    }
    if (target.every((v, k) => v === last[k])) return;
    builder.fadeTo(startSec, target, fadeSec);
    last = target;
  });
  return builder.build();
}
