import { because } from './because';
import type { CastReading } from './detectCast';
import type { ActPlan } from './detectActs';
import { firstCue, type BeatReading } from './readStory';
import type { CueReason, DancerCue, LightsCue } from './types';
import type { LightState } from './vocabulary';

/** The lights of one beat, with their reasons. */
export interface LightsChoice {
  lights: LightsCue;
  why: CueReason[];
}

/** Level and color of each light state, from ART.md. */
export const LIGHT_LOOKS: Readonly<Record<LightState, { intensity: number; color: string }>> = {
  house: { intensity: 0.6, color: '#ffb46b' }, // 2700 K house lights
  preshow: { intensity: 0.15, color: '#c9792b' }, // amber glow on the curtain
  spot: { intensity: 0.8, color: '#ffd1a3' }, // 3200 K follow-spot
  wash: { intensity: 0.85, color: '#c9792b' }, // amber and rose side light
  warm: { intensity: 0.8, color: '#b8892f' }, // golden hour
  cool: { intensity: 0.6, color: '#6d8fb3' }, // steel moonlight
  blackout: { intensity: 0.01, color: '#1b2a4a' }, // pit-light spill
  bows: { intensity: 1, color: '#ffe0b8' }, // full warm wash
};

/** States a story's words set and that hold until the subject changes. */
const MOOD_STATES: ReadonlySet<LightState> = new Set(['warm', 'cool']);

/** Chooses the light state, follow-spots, level and color: preshow, then the dancers, then the bows. */
export function chooseLights(
  r: BeatReading,
  reading: CastReading,
  plan: ActPlan,
  dancers: DancerCue[],
  focus: string,
  prev: LightsCue | undefined,
): LightsChoice {
  const why: CueReason[] = [];
  const onStage = dancers.filter((d) => !d.mark.startsWith('wings')).map((d) => d.id);
  const castIds = reading.cast.map((c) => c.id);
  // Follow-spots light only dancers on stage; a pair with one still in the wings is a soloist.
  const wanted = focus === 'pair' ? castIds : castIds.includes(focus) ? [focus] : [];
  const lit = wanted.filter((id) => onStage.includes(id));
  const focusIds = lit.length > 0 ? lit : onStage.slice(0, 1);
  let state: LightState;
  let follow: string[];
  let rule: string;
  let words: string[] = [];
  const word = firstCue(r, 'lights');
  if (r.act === 'before') {
    state = r.index === 0 ? 'house' : 'preshow';
    follow = [];
    rule = state === 'house' ? 'act.before' : 'act.preshow';
  } else if (r.act === 'call') {
    state = 'bows';
    follow = castIds;
    rule = r.index === plan.callIndex ? plan.callRule : 'context.persist';
    if (r.index === plan.callIndex) words = plan.callWords;
  } else if (word) {
    state = word.cue.state;
    follow = state === 'blackout' ? [] : state === 'spot' ? focusIds.slice(0, 1) : focusIds;
    rule = word.match.entry.rule;
    words = word.match.words;
  } else if (prev && MOOD_STATES.has(prev.state) && prev.follow.join() === focusIds.join()) {
    state = prev.state;
    follow = prev.follow;
    rule = 'context.persist';
  } else if (focusIds.length > 1) {
    state = 'wash';
    follow = focusIds;
    rule = 'flow.light-pair';
  } else {
    state = 'spot';
    follow = focusIds;
    rule = 'flow.light-soloist';
  }
  if (prev?.state === state && prev.follow.join() === follow.join() && rule.startsWith('flow.')) {
    rule = 'context.persist';
  }
  const look = LIGHT_LOOKS[state];
  why.push(
    because('lights.state', rule, words),
    follow.length > 0
      ? because('lights.follow', 'flow.follow-subject', r.subjects.words.slice(0, 4))
      : because('lights.follow', rule, words),
    because('lights.intensity', `${rule}`, words),
    because('lights.color', `${rule}`, words),
  );
  return { lights: { state, follow, intensity: look.intensity, color: look.color }, why };
}
