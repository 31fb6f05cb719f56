import { actionFamily as familyOf } from './actionFamily';
import { because } from './because';
import {
  CLOSE_SHOTS,
  chooseMove,
  framesMotion,
  framesTravel,
  subjectFor,
  varyShot,
} from './cameraRules';
import type { ActPlan } from './detectActs';
import { pick, type Prng } from './prng';
import { firstCue, type BeatReading } from './readStory';
import type { CameraCue, CueReason, DancerCue } from '../cuesheet/schema';
import type { Move, Shot } from '../cuesheet/vocabulary';

/** What the camera remembers between beats: the current setup and the last shots. */
export interface CameraMemory {
  camera: CameraCue;
  /** Shots of the last two beats, oldest first. */
  shots: Shot[];
  /** Beats and seconds the current setup has run. */
  runBeats: number;
  runSec: number;
}

/** The camera of one beat, with its reasons and the memory for the next beat. */
export interface CameraChoice {
  camera: CameraCue;
  why: CueReason[];
  memory: CameraMemory;
}

/** Shots that show a moving dancer's whole body, tightest first. */
const WIDER: readonly Shot[] = ['full', 'wide', 'medium'];

/** A shot shorter than this is kept when nothing is named. */
export const MIN_SHOT_SEC = 3;
/** A camera setup held over several beats changes before it passes this. */
export const MAX_SHOT_SEC = 20;

/** Chooses shot, subject, move and transition: establish, follow the words, hold short beats, vary the rest within the flow rules. */
export function chooseCamera(
  r: BeatReading,
  plan: ActPlan,
  dancers: DancerCue[],
  focus: string,
  memory: CameraMemory | undefined,
  prng: Prng,
): CameraChoice {
  const onStage = dancers.filter((d) => !d.mark.startsWith('wings')).map((d) => d.id);
  const prev = memory?.camera;
  const actStart = r.index > 0 && (r.index === plan.openIndex || r.index === plan.callIndex);
  // The house or the audience named in a beat about the dancers is scenery: keep on the dance.
  const shotWord = firstCue(r, 'shot');
  const aboutDancers = r.act === 'performance' && r.subjects.mentioned.length > 0;
  const named =
    shotWord && !(aboutDancers && shotWord.cue.subject !== 'dancer') ? shotWord : undefined;
  const sudden = firstCue(r, 'cut');
  let shot: Shot;
  let subject: string | undefined;
  let rule: string;
  let words: string[] = [];
  if (!memory || !prev) {
    [shot, subject, rule] = ['establishing', 'stage', 'flow.establish'];
  } else if (actStart) {
    const atCall = r.index === plan.callIndex;
    [shot, subject] = ['wide', atCall ? focus : 'stage'];
    [rule, words] = atCall ? [plan.callRule, plan.callWords] : [plan.openRule, plan.openWords];
  } else if (named) {
    shot = pick(prng, named.cue.shots);
    subject = named.cue.subject === 'dancer' ? undefined : named.cue.subject;
    [rule, words] = [named.match.entry.rule, named.match.words];
  } else if (sudden) {
    // "Suddenly": a new shot, so the cut has something to cut to.
    [shot, rule, words] = [
      varyShot(prng, r.act, focus, new Set([prev.shot])),
      'lexicon.sudden',
      sudden.match.words,
    ];
  } else if (memory.runSec < MIN_SHOT_SEC && memory.runBeats < 2) {
    [shot, subject, rule] = [prev.shot, prev.subject, 'flow.hold-short'];
  } else if (focus !== prev.subject && focus !== 'stage' && prev.subject !== 'stage') {
    [shot, rule] = [varyShot(prng, r.act, focus, new Set([prev.shot])), 'flow.follow-subject'];
  } else if (
    memory.runBeats < 2 &&
    memory.runSec + r.beat.durationSec <= MAX_SHOT_SEC &&
    prng() < 0.4
  ) {
    [shot, subject, rule] = [prev.shot, prev.subject, 'context.persist'];
  } else {
    [shot, rule] = [varyShot(prng, r.act, focus, new Set([prev.shot])), 'flow.vary-shot'];
  }
  const shots = memory?.shots ?? [];
  const older = shots[shots.length - 2];
  const last = shots[shots.length - 1];
  if (older !== undefined && older === last && shot === last) {
    [shot, subject, rule, words] = [
      varyShot(prng, r.act, focus, new Set([shot])),
      undefined,
      'flow.vary-shot',
      [],
    ];
  }
  if (older && last && CLOSE_SHOTS.has(older) && CLOSE_SHOTS.has(last) && CLOSE_SHOTS.has(shot)) {
    const avoid = new Set<Shot>([...CLOSE_SHOTS, last]);
    [shot, subject, rule, words] = [
      varyShot(prng, r.act, focus, avoid),
      undefined,
      'flow.limit-close',
      [],
    ];
  }
  subject ??= subjectFor(shot, focus, onStage, r.subjects.agent);
  const tooLong = memory !== undefined && memory.runSec + r.beat.durationSec > MAX_SHOT_SEC;
  if (prev && shot === prev.shot && subject === prev.subject && tooLong) {
    const closeRun =
      last !== undefined && CLOSE_SHOTS.has(last) && older !== undefined && CLOSE_SHOTS.has(older);
    shot = varyShot(prng, r.act, focus, new Set<Shot>(closeRun ? [...CLOSE_SHOTS, shot] : [shot]));
    subject = subjectFor(shot, focus, onStage, r.subjects.agent);
    [rule, words] = ['flow.max-length', []];
  }
  // A jump or a run leaves a medium frame too: travelling bodies are shown whole.
  const crops = CLOSE_SHOTS.has(shot) || (shot === 'medium' && framesTravel(subject, dancers));
  if (crops && framesMotion(subject, dancers)) {
    // A jump, turn or run leaves a close frame: show the whole body (the move will track it).
    const heldTooLong = (s: Shot) => prev?.shot === s && prev.subject === subject && tooLong;
    shot = WIDER.find((s) => !(older === s && last === s) && !heldTooLong(s)) ?? 'wide';
    subject = subjectFor(shot, focus, onStage, r.subjects.agent);
    [rule, words] = ['flow.wide-for-motion', []];
  }
  const held = prev !== undefined && shot === prev.shot && subject === prev.subject;
  const why: CueReason[] = [because('camera.shot', rule, words)];
  why.push(
    because(
      'camera.subject',
      subject === focus ? 'flow.follow-subject' : rule,
      subject === focus ? r.subjects.words.slice(0, 4) : words,
    ),
  );
  let move: Move;
  let moveWhy: [string, string[]];
  const finale = r.index === r.count - 1 && r.count > 1;
  if (held && prev && !finale) [move, moveWhy] = [prev.move, ['context.persist', []]];
  else {
    const [m, moveRule, moveWords] = chooseMove(r, shot, subject, dancers, prng);
    [move, moveWhy] = [m, [moveRule, moveWords]];
  }
  if (!held && rule === 'flow.wide-for-motion' && move !== 'track' && move !== 'orbit') {
    const turning = dancers.some((d) => d.id === subject && familyOf(d.action) === 'turn');
    [move, moveWhy] = [turning ? 'orbit' : 'track', ['flow.wide-for-motion', []]];
  }
  why.push(because('camera.move', ...moveWhy));
  let camera: CameraCue;
  if (!prev || actStart) {
    camera = { shot, subject, move, transition: 'cut' };
    why.push(because('camera.transition', prev ? 'act.change' : 'flow.establish'));
  } else if (sudden && !held) {
    camera = { shot, subject, move, transition: 'cut' };
    why.push(because('camera.transition', 'lexicon.sudden', sudden.match.words));
  } else {
    const blendSec =
      held && prev.blendSec !== undefined
        ? prev.blendSec
        : Math.round((1.5 + prng() * 1.5) * 10) / 10;
    camera = { shot, subject, move, transition: 'blend', blendSec };
    why.push(because('camera.transition', held ? 'context.persist' : 'flow.blend'));
  }
  const runBeats = held && memory ? memory.runBeats + 1 : 1;
  const runSec = (held && memory ? memory.runSec : 0) + r.beat.durationSec;
  return { camera, why, memory: { camera, shots: [...shots, shot].slice(-2), runBeats, runSec } };
}
