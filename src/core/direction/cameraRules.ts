import type { Act } from './detectActs';
import { actionFamily as familyOf } from './actionFamily';
import { pick, pickWeighted, type Prng } from './prng';
import { firstCue, type BeatReading } from './readStory';
import type { DancerCue } from '../cuesheet/schema';
import type { Move, Shot } from '../cuesheet/vocabulary';

/** Shots that frame a face or a detail; at most two in a row. */
export const CLOSE_SHOTS: ReadonlySet<Shot> = new Set(['close', 'extreme-close']);
type Pool = readonly (readonly [Shot, number])[];
// While they dance, show the dance (ART.md): full and medium shots most of the time, wide ones
// for the stage picture, close ones rarely; never the back of a head (pov-audience) unless the
// words ask for the house.
const POOLS: Record<Act | 'pair', Pool> = {
  before: [
    ['wide', 3],
    ['medium', 3],
    ['full', 2],
    ['close', 1],
    ['pov-stage', 1],
  ],
  performance: [
    ['full', 6],
    ['medium', 4],
    ['wide', 2],
    ['low-angle', 1],
    ['close', 1],
  ],
  pair: [
    ['full', 6],
    ['wide', 3],
    ['medium', 2],
    ['low-angle', 1],
    ['overhead', 1],
  ],
  call: [
    ['full', 4],
    ['wide', 3],
    ['medium', 2],
    ['pov-stage', 1],
  ],
};

/** A seeded shot from the act's pool, avoiding some shots. */
export function varyShot(prng: Prng, act: Act, focus: string, avoid: ReadonlySet<Shot>): Shot {
  const group = focus === 'pair' || focus === 'ensemble';
  const pool = POOLS[act === 'performance' && group ? 'pair' : act].filter(([s]) => !avoid.has(s));
  return pool.length > 0 ? pickWeighted(prng, pool) : 'wide';
}

/** Families whose movement a close shot would crop: the body leaves a tight frame. */
const MOVING_FAMILIES: ReadonlySet<string> = new Set(['jump', 'turn', 'travel']);

/** Whether a dancer the subject names (one dancer, or the pair) jumps, turns or travels. */
export function framesMotion(subject: string, dancers: readonly DancerCue[]): boolean {
  return dancers.some(
    (d) =>
      (subject === 'pair' || subject === 'ensemble' || d.id === subject) &&
      MOVING_FAMILIES.has(familyOf(d.action)),
  );
}

/** Whether a dancer the subject names jumps or travels (a body that crosses the frame). */
export function framesTravel(subject: string, dancers: readonly DancerCue[]): boolean {
  return dancers.some(
    (d) =>
      (subject === 'pair' || subject === 'ensemble' || d.id === subject) &&
      (familyOf(d.action) === 'jump' || familyOf(d.action) === 'travel'),
  );
}

/** What a shot frames: a dancer, the pair, the stage or the audience. */
export function subjectFor(
  shot: Shot,
  focus: string,
  onStage: string[],
  agent: string | undefined,
): string {
  if (shot === 'establishing') return 'stage';
  // A close shot frames one face, not two.
  if ((focus === 'pair' || focus === 'ensemble') && CLOSE_SHOTS.has(shot))
    return agent ?? onStage[0] ?? focus;
  if (shot === 'pov-audience') return 'audience';
  if (focus !== 'stage' && focus !== 'audience') return focus;
  if (shot === 'wide' || shot === 'pov-stage' || shot === 'overhead') return 'stage';
  return onStage[0] ?? 'stage';
}

/** The camera move of a new shot, with its rule and words: finale, feeling, turns, travel, or a seeded move. */
export function chooseMove(
  r: BeatReading,
  shot: Shot,
  subject: string,
  dancers: DancerCue[],
  prng: Prng,
): [Move, string, string[]] {
  if (r.index === r.count - 1 && r.count > 1) return ['crane-up', 'flow.finale', []];
  const feeling = firstCue(r, 'move');
  if (feeling) return [feeling.cue.move, feeling.match.entry.rule, feeling.match.words];
  if (shot === 'establishing')
    return [pick(prng, ['static', 'dolly-in'] as const), 'flow.establish', []];
  const framed = dancers
    .filter((d) => subject === 'pair' || subject === 'ensemble' || d.id === subject)
    .map((d) => familyOf(d.action));
  if (framed.includes('turn') && shot !== 'pov-audience') return ['orbit', 'flow.orbit-turn', []];
  if (framed.includes('travel') || framed.includes('jump'))
    return ['track', 'flow.track-travel', []];
  if (shot === 'pov-audience')
    return [pick(prng, ['pan', 'static'] as const), 'flow.vary-move', []];
  return [
    pickWeighted(prng, [
      ['static', 3],
      ['dolly-in', 2],
      ['dolly-out', 1],
      ['pan', 1],
    ] as const),
    'flow.vary-move',
    [],
  ];
}
