import type { BeatCues, CastMember, DancerCue } from '../cuesheet/schema';
import { homeOf } from './chooseDancers';
import { LIGHT_LOOKS } from './chooseLights';

/** Seconds of the prologue's two beats (house lights down; the curtain opens) and the epilogue's two (bows; the curtain closes). */
export const PROLOGUE_SEC = [5, 6] as const;
export const EPILOGUE_SEC = [8, 6] as const;

const look = (state: keyof typeof LIGHT_LOOKS) => ({ ...LIGHT_LOOKS[state] });

function frameBeat(
  index: number,
  kind: 'prologue' | 'epilogue',
  startSec: number,
  durationSec: number,
  rest: Omit<BeatCues, 'index' | 'kind' | 'text' | 'startSec' | 'durationSec'>,
): BeatCues {
  return { index, kind, text: '', startSec, durationSec, ...rest };
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
    frameBeat(0, 'prologue', 0, houseSec, {
      mood: 'calm',
      camera: { shot: 'establishing', subject: 'stage', move: 'static', transition: 'cut' },
      lights: { state: 'house', follow: [], ...look('house') },
      dancers: waiting,
      stage: { curtain: 'closed', audience: 'seated' },
      music: { level: 0 },
      why: [
        { cue: 'lights.state', rule: 'frame.prologue', words: [] },
        { cue: 'stage.curtain', rule: 'frame.prologue', words: [] },
      ],
    }),
    frameBeat(1, 'prologue', houseSec, openSec, {
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
      why: [
        { cue: 'lights.state', rule: 'frame.prologue-house-down', words: [] },
        { cue: 'stage.curtain', rule: 'frame.prologue-curtain', words: [] },
        { cue: 'music.level', rule: 'frame.prologue-overture', words: [] },
      ],
    }),
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
    frameBeat(index, 'epilogue', startSec, bowSec, {
      mood: empty ? 'calm' : 'triumphant',
      camera: { shot: 'wide', subject: group, move: 'static', transition: 'cut' },
      lights: { state: 'bows', follow: dancing.slice(0, 2), ...look('bows') },
      dancers: bows,
      stage: { curtain: 'open', audience: empty ? 'empty' : 'applause' },
      music: { level: 0.5 },
      why: [
        { cue: 'lights.state', rule: 'frame.epilogue', words: [] },
        { cue: 'stage.audience', rule: empty ? 'context.persist' : 'frame.epilogue', words: [] },
      ],
    }),
    frameBeat(index + 1, 'epilogue', startSec + bowSec, closeSec, {
      mood: empty ? 'calm' : 'triumphant',
      camera: {
        shot: 'wide',
        subject: 'stage',
        move: 'crane-up',
        transition: 'blend',
        blendSec: 2,
      },
      lights: { state: 'bows', follow: dancing.slice(0, 2), ...look('bows') },
      dancers: bows.map((d) => ({ ...d, action: 'stand' })),
      stage: { curtain: 'closing', audience: empty ? 'empty' : 'ovation' },
      music: { level: 0.3 },
      why: [{ cue: 'stage.curtain', rule: 'frame.epilogue-curtain', words: [] }],
    }),
  ];
}
