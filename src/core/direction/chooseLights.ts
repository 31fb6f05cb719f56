import type { CueReason, DancerCue, LightsCue } from '../cuesheet/schema';
import type { LightState } from '../cuesheet/vocabulary';
import { actionFamily } from './actionFamily';
import { LIGHT_STATE_LOOKS } from '../venue/lightStates';
import { because } from './because';
import type { CastReading } from './castPeople';
import type { ActPlan } from './detectActs';
import { lastCue, type BeatReading } from './readStory';

/** The lights of one beat, with their reasons. */
export interface LightsChoice {
  lights: LightsCue;
  why: CueReason[];
}

const WATCHING = /^(watch|look|gaz|star|listen|observ|смотр|слуш)/i;

/** States a story's words set and that hold until other light words change them. */
const HELD_STATES: ReadonlySet<LightState> = new Set(['warm', 'cool']);

/**
 * Chooses the light state, follow-spots, level and color: the house and preshow before the
 * curtain; while they dance the wash (warm or cool when the words color it), a spot only where
 * the words single someone out, a blackout where they say dark (held until someone moves again);
 * the bows at the curtain call.
 */
export function chooseLights(
  r: BeatReading,
  reading: CastReading,
  plan: ActPlan,
  dancers: DancerCue[],
  focus: string,
  prev: LightsCue | undefined,
): LightsChoice {
  const why: CueReason[] = [];
  const dancing = new Set(reading.cast.filter((m) => m.role !== 'character').map((m) => m.id));
  const onStage = dancers
    .filter((d) => dancing.has(d.id) && !d.mark.startsWith('wings') && d.action !== 'exit')
    .map((d) => d.id);
  const focused =
    focus === 'pair' || focus === 'ensemble' ? onStage : onStage.filter((id) => id === focus);
  // A dancer who only watches this beat ("watched her from the shadows") leaves the spot to the one watched.
  const watchers = new Set(
    r.matches
      .filter((m) => m.entry.rule === 'lexicon.still' && WATCHING.test(m.words[0] ?? ''))
      .flatMap((m) => r.subjects.owners[m.token] ?? []),
  );
  const lit = (focused.length > 0 ? focused : onStage).filter((id) => !watchers.has(id));
  const followIds = (lit.length > 0 ? lit : focused.length > 0 ? focused : onStage).slice(0, 2);
  let state: LightState;
  let follow: string[];
  let rule: string;
  let words: string[] = [];
  // The beat's last light words are where its light ends up ("the spot shrank to nothing").
  const word = lastCue(r, 'lights');
  // A blackout holds until the words light the stage again or name a step.
  const named = r.matches.some(
    (m) =>
      m.entry.cue.kind === 'action' && m.entry.cue.actions.some((a) => actionFamily(a) !== 'still'),
  );
  if (r.act === 'before') {
    state = r.index === 0 ? 'house' : 'preshow';
    follow = [];
    rule = state === 'house' ? 'act.before' : 'act.preshow';
  } else if (r.act === 'call') {
    state = 'bows';
    follow = onStage.slice(0, 2);
    rule = r.index === plan.callIndex ? plan.callRule : 'context.persist';
    if (r.index === plan.callIndex) words = plan.callWords;
  } else if (word) {
    state = word.cue.state;
    follow = state === 'blackout' ? [] : state === 'spot' ? followIds.slice(0, 1) : followIds;
    rule = word.match.entry.rule;
    words = word.match.words;
  } else if (prev && HELD_STATES.has(prev.state)) {
    state = prev.state;
    follow = followIds;
    rule = 'context.persist';
  } else if (prev?.state === 'blackout' && !named) {
    state = 'blackout';
    follow = [];
    rule = 'context.persist';
  } else {
    state = 'wash';
    follow = followIds;
    rule = 'flow.light-dance';
  }
  if (prev?.state === state && prev.follow.join() === follow.join() && rule.startsWith('flow.')) {
    rule = 'context.persist';
  }
  const look = LIGHT_STATE_LOOKS[state].cue;
  why.push(
    because('lights.state', rule, words),
    follow.length > 0
      ? because('lights.follow', 'flow.follow-subject', r.subjects.words.slice(0, 4))
      : because('lights.follow', rule, words),
    because('lights.intensity', rule, words),
    because('lights.color', rule, words),
  );
  return { lights: { state, follow, intensity: look.intensity, color: look.color }, why };
}
