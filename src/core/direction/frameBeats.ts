import type { BeatCues, CastMember, DancerCue } from '../cuesheet/schema';
import { homeOf } from './chooseDancers';
import { LIGHT_STATE_LOOKS } from '../venue/lightStates';

/** Seconds of the prologue's two beats (house lights down; the curtain opens) and the epilogue's two (bows; the curtain closes). */
export const PROLOGUE_SEC = [5, 6] as const;
export const EPILOGUE_SEC = [8, 6] as const;

const look = (state: keyof typeof LIGHT_STATE_LOOKS) => ({ ...LIGHT_STATE_LOOKS[state].cue });

/** Cue paths every beat explains in `why`. */
const PATHS = [
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
] as const;

function frameBeat(
  index: number,
  kind: 'prologue' | 'epilogue',
  startSec: number,
  durationSec: number,
  rest: Omit<BeatCues, 'index' | 'kind' | 'text' | 'startSec' | 'durationSec' | 'why'>,
  rules: Partial<Record<string, string>>,
  fallback: string,
): BeatCues {
  // Every cue says why: the frame's rule for what the frame sets, the fallback for the rest.
  const why = [
    ...PATHS.map((cue) => ({ cue, rule: rules[cue] ?? fallback, words: [] })),
    ...rest.dancers.flatMap((d) => [
      { cue: `dancers.${d.id}.action`, rule: rules.dancers ?? fallback, words: [] },
      { cue: `dancers.${d.id}.mark`, rule: rules.dancers ?? fallback, words: [] },
    ]),
    { cue: 'mood', rule: fallback, words: [] },
  ];
  return { index, kind, text: '', startSec, durationSec, ...rest, why };
}

/** The prologue the director adds before a story that doesn't stage its curtain: the house lights go down, then the curtain opens. */
export function framePrologue(cast: CastMember[]): BeatCues[] {
  const waiting: DancerCue[] = cast.map((m, i) => ({
    id: m.id,
    action: 'wait-in-wings',
    mark: homeOf(i),
  }));
  const [houseSec, openSec] = PROLOGUE_SEC;
  return [
    frameBeat(
      0,
      'prologue',
      0,
      houseSec,
      {
        mood: 'calm',
        camera: { shot: 'establishing', subject: 'stage', move: 'static', transition: 'cut' },
        lights: { state: 'house', follow: [], ...look('house') },
        dancers: waiting,
        stage: { curtain: 'closed', audience: 'seated' },
        music: { level: 0 },
      },
      {
        'lights.state': 'frame.prologue-house',
        'stage.curtain': 'frame.prologue',
        'camera.shot': 'flow.establish',
      },
      'frame.prologue',
    ),
    frameBeat(
      1,
      'prologue',
      houseSec,
      openSec,
      {
        mood: 'calm',
        camera: {
          shot: 'wide',
          subject: 'stage',
          move: 'dolly-in',
          transition: 'blend',
          blendSec: 3,
        },
        lights: { state: 'preshow', follow: [], ...look('preshow') },
        dancers: waiting,
        stage: { curtain: 'opening', audience: 'hushed' },
        music: { level: 0.6 },
      },
      {
        'lights.state': 'frame.prologue-house-down',
        'stage.curtain': 'frame.prologue-curtain',
        'music.level': 'frame.prologue-overture',
      },
      'frame.prologue',
    ),
  ];
}

/**
 * The curtain call the director adds after a story that doesn't stage its own: the dancers come
 * downstage and bow (characters too), the house applauds (an empty house stays silent), then the
 * curtain closes. It follows the story's ending as written, a blackout included.
 */
export function frameEpilogue(cast: CastMember[], last: BeatCues, index: number): BeatCues[] {
  const startSec = last.startSec + last.durationSec;
  const empty = last.stage.audience === 'empty';
  const dancing = cast.filter((m) => m.role !== 'character').map((m) => m.id);
  const bows: DancerCue[] = cast.map((m, i) => ({
    id: m.id,
    action: m.gender === 'female' ? 'reverence' : 'bow',
    mark: m.role === 'character' ? 'edge' : cast.length > 1 && i > 1 ? 'center' : 'downstage',
  }));
  const group =
    dancing.length >= 3 ? 'ensemble' : dancing.length === 2 ? 'pair' : (dancing[0] ?? 'stage');
  const [bowSec, closeSec] = EPILOGUE_SEC;
  return [
    frameBeat(
      index,
      'epilogue',
      startSec,
      bowSec,
      {
        mood: empty ? 'calm' : 'triumphant',
        // The call opens wide on the company (full when the story just ended on a wide shot).
        camera: {
          shot: last.camera.shot === 'wide' ? 'full' : 'wide',
          subject: group,
          move: 'static',
          transition: 'cut',
        },
        lights: { state: 'bows', follow: dancing.slice(0, 2), ...look('bows') },
        dancers: bows,
        stage: { curtain: 'open', audience: empty ? 'empty' : 'applause' },
        music: { level: 0.5 },
      },
      {
        'stage.audience': empty ? 'context.persist' : 'frame.epilogue-applause',
        dancers: 'frame.epilogue-bows',
      },
      'frame.epilogue',
    ),
    frameBeat(
      index + 1,
      'epilogue',
      startSec + bowSec,
      closeSec,
      {
        mood: empty ? 'calm' : 'triumphant',
        camera: {
          shot: 'establishing',
          subject: 'stage',
          move: 'crane-up',
          transition: 'blend',
          blendSec: 2,
        },
        lights: { state: 'bows', follow: dancing.slice(0, 2), ...look('bows') },
        dancers: bows.map((d) => ({ ...d, action: 'stand' })),
        stage: { curtain: 'closing', audience: empty ? 'empty' : 'ovation' },
        music: { level: 0.3 },
      },
      {
        'stage.curtain': 'frame.epilogue-curtain',
        'stage.audience': empty ? 'context.persist' : 'frame.epilogue-ovation',
        dancers: 'frame.epilogue-bows',
      },
      'frame.epilogue',
    ),
  ];
}
