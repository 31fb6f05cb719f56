import * as z from 'zod/mini';
import {
  ACTIONS,
  AUDIENCE_STATES,
  BEAT_KINDS,
  CURTAIN_STATES,
  GENDERS,
  LIGHT_STATES,
  MARKS,
  MAX_BEAT_SEC,
  MAX_SHOW_SEC,
  MOODS,
  MOVES,
  ROLES,
  SHOTS,
  TRANSITIONS,
} from './vocabulary';

const unit = z.number().check(z.gte(0), z.lte(1));
const showSeconds = z.number().check(z.gte(0), z.lte(MAX_SHOW_SEC));
const hexColor = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'expected a #rrggbb color'));
const id = z.string().check(z.minLength(1), z.maxLength(64));

/** What the camera does on a beat; `subject` is a cast id or a group subject. */
export const cameraSchema = z.object({
  shot: z.enum(SHOTS),
  subject: id,
  move: z.enum(MOVES),
  transition: z.enum(TRANSITIONS),
  blendSec: z.optional(z.number().check(z.gte(0), z.lte(30))),
});

/** The lighting on a beat: state, the cast ids the follow-spots track (at most two), level, color. */
export const lightsSchema = z.object({
  state: z.enum(LIGHT_STATES),
  follow: z.array(id).check(z.maxLength(2)),
  intensity: unit,
  color: hexColor,
});

/** One cast member's action and position on a beat. */
export const dancerCueSchema = z.object({ id, action: z.enum(ACTIONS), mark: z.enum(MARKS) });
/** Curtain and audience. */
export const stageCueSchema = z.object({
  curtain: z.enum(CURTAIN_STATES),
  audience: z.enum(AUDIENCE_STATES),
});
/** Music on a beat: its level 0..1. */
export const musicCueSchema = z.object({ level: unit });

/** Why a cue was chosen: the cue path, the rule id and the words that triggered it. */
export const cueReasonSchema = z.object({
  cue: z.string(),
  rule: z.string(),
  words: z.array(z.string()),
});

/** A person of the story: display name, gender, and role in the show. */
export const castMemberSchema = z.object({
  id,
  name: z.string().check(z.maxLength(200)),
  gender: z.enum(GENDERS),
  role: z.enum(ROLES),
});

const index = z.int().check(z.gte(0));

/** A beat with its cues; prologue and epilogue beats have empty text and no span or paragraph. */
export const beatCuesSchema = z.object({
  index,
  kind: z.enum(BEAT_KINDS),
  text: z.string(),
  paragraph: z.optional(index),
  span: z.optional(z.tuple([index, index])),
  mood: z.enum(MOODS),
  startSec: showSeconds,
  durationSec: z.number().check(z.gt(0), z.lte(MAX_BEAT_SEC)),
  camera: cameraSchema,
  lights: lightsSchema,
  dancers: z.array(dancerCueSchema),
  stage: stageCueSchema,
  music: musicCueSchema,
  why: z.array(cueReasonSchema),
});

/** Hand-made changes to one beat, keyed by the beat's text so they survive edits elsewhere. */
export const beatOverrideSchema = z.object({
  text: z.string(),
  camera: z.optional(z.partial(cameraSchema)),
  lights: z.optional(z.partial(lightsSchema)),
  dancers: z.optional(z.array(dancerCueSchema)),
  stage: z.optional(z.partial(stageCueSchema)),
  music: z.optional(z.partial(musicCueSchema)),
});

/** A correction of one cast member the director read (by id): kept across edits of the text. */
export const castOverrideSchema = z.object({
  id,
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  gender: z.optional(z.enum(GENDERS)),
  role: z.optional(z.enum(ROLES)),
});

/** The zod schema of CueSheet version 2 (see ../shared/DESIGN.md and docs/cuesheet.md). */
export const cueSheetSchema = z.object({
  version: z.literal(2),
  title: z.string(),
  durationSec: showSeconds,
  cast: z.array(castMemberSchema).check(z.minLength(1), z.maxLength(6)),
  beats: z.array(beatCuesSchema).check(z.minLength(1)),
  overrides: z.optional(z.array(beatOverrideSchema)),
  castOverrides: z.optional(z.array(castOverrideSchema)),
});

/** A person of the story cast onto the stage. */
export type CastMember = z.infer<typeof castMemberSchema>;
/** What the camera does on a beat. */
export type CameraCue = z.infer<typeof cameraSchema>;
/** The lighting on a beat. */
export type LightsCue = z.infer<typeof lightsSchema>;
/** One dancer's action and position on a beat. */
export type DancerCue = z.infer<typeof dancerCueSchema>;
/** Curtain and audience. */
export type StageCue = z.infer<typeof stageCueSchema>;
/** Music on a beat. */
export type MusicCue = z.infer<typeof musicCueSchema>;
/** Why a cue was chosen. */
export type CueReason = z.infer<typeof cueReasonSchema>;
/** A beat with its cues. */
export type BeatCues = z.infer<typeof beatCuesSchema>;
/** Hand-made changes to one beat. */
export type BeatOverride = z.infer<typeof beatOverrideSchema>;
/** A correction of one cast member. */
export type CastOverride = z.infer<typeof castOverrideSchema>;
/** The whole show: version 2 of the cue-sheet format. */
export type CueSheet = z.infer<typeof cueSheetSchema>;
