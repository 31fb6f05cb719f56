/**
 * The cue vocabulary of ../shared/DESIGN.md. These names are a contract: the CLI output,
 * the schema, the stage and the tests all use them. Add, never rename.
 */

/** Camera shot sizes and angles, widest first. */
export const SHOTS = [
  'establishing',
  'wide',
  'full',
  'medium',
  'close',
  'extreme-close',
  'pov-audience',
  'pov-stage',
  'overhead',
  'low-angle',
] as const;
export type Shot = (typeof SHOTS)[number];

/** Subjects a camera can frame besides a dancer id. */
export const GROUP_SUBJECTS = ['pair', 'ensemble', 'stage', 'audience'] as const;
export type GroupSubject = (typeof GROUP_SUBJECTS)[number];

/** Camera moves during a shot. */
export const MOVES = [
  'static',
  'dolly-in',
  'dolly-out',
  'pan',
  'orbit',
  'crane-up',
  'crane-down',
  'track',
] as const;
export type Move = (typeof MOVES)[number];

/** How a shot begins. */
export const TRANSITIONS = ['cut', 'blend'] as const;
export type Transition = (typeof TRANSITIONS)[number];

/** Lighting states; ../shared/ART.md says what each looks like. */
export const LIGHT_STATES = [
  'house',
  'preshow',
  'spot',
  'wash',
  'warm',
  'cool',
  'blackout',
  'bows',
] as const;
export type LightState = (typeof LIGHT_STATES)[number];

/** Named stage positions. */
export const MARKS = [
  'wings-left',
  'wings-right',
  'upstage',
  'center',
  'downstage',
  'edge',
] as const;
export type Mark = (typeof MARKS)[number];

/** Main curtain states. */
export const CURTAIN_STATES = ['closed', 'opening', 'open', 'closing'] as const;
export type CurtainState = (typeof CURTAIN_STATES)[number];

/** Audience states. */
export const AUDIENCE_STATES = ['empty', 'seated', 'hushed', 'applause', 'ovation'] as const;
export type AudienceState = (typeof AUDIENCE_STATES)[number];

/** Dancer actions grouped by the family a reader of the text would name. */
export const ACTION_FAMILIES = {
  still: ['stand', 'wait-in-wings', 'fifth-position', 'kneel'],
  travel: ['walk', 'run', 'bourree', 'enter', 'exit'],
  adagio: ['plie', 'releve', 'port-de-bras', 'arabesque', 'attitude', 'developpe'],
  turn: ['pirouette', 'fouette', 'chaines'],
  jump: ['saut', 'grand-jete', 'tour-jete'],
  partnered: ['promenade', 'lift', 'fish-dive', 'supported-pirouette'],
  bow: ['reverence', 'bow'],
} as const;
export type ActionFamily = keyof typeof ACTION_FAMILIES;
export type Action = (typeof ACTION_FAMILIES)[ActionFamily][number];

/** Every dancer action, in family order. */
export const ACTIONS = Object.values(ACTION_FAMILIES).flat() as [Action, ...Action[]];

/** The family an action belongs to. */
export function familyOf(action: Action): ActionFamily {
  for (const [family, actions] of Object.entries(ACTION_FAMILIES)) {
    if ((actions as readonly string[]).includes(action)) return family as ActionFamily;
  }
  throw new Error(`unknown action "${action}"`);
}

/** A cast member's gender: it chooses the body, the costume and the partnering side. */
export const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * What a cast member is in the show: the lead, the lead's partner, a third or fourth dancer
 * (`soloist`), or a `character` who is on stage but never dances (a teacher, a watcher).
 */
export const ROLES = ['lead', 'partner', 'soloist', 'character'] as const;
export type Role = (typeof ROLES)[number];

/** Whether a role dances (every role but `character`). */
export function dances(role: Role): boolean {
  return role !== 'character';
}

/** Where a beat comes from: the story's text, or the frame the director adds around it. */
export const BEAT_KINDS = ['prologue', 'story', 'epilogue'] as const;
export type BeatKind = (typeof BEAT_KINDS)[number];

/** The feeling of a beat, which the score and the flow of steps read. */
export const MOODS = ['calm', 'tender', 'joyous', 'tense', 'tragic', 'triumphant'] as const;
export type Mood = (typeof MOODS)[number];

/** Bounds of a show: one beat at most 10 minutes, a show at most 24 hours. */
export const MAX_BEAT_SEC = 600;
export const MAX_SHOW_SEC = 86_400;
/** At most four dancers and two characters. */
export const MAX_DANCERS = 4;
export const MAX_CHARACTERS = 2;
