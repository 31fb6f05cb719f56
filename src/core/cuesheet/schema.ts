import * as z from 'zod/mini';
import {
  ACTIONS,
  AUDIENCE_STATES,
  CURTAIN_STATES,
  LIGHT_STATES,
  MARKS,
  MOVES,
  ROLES,
  SHOTS,
  TRANSITIONS,
} from '../direction/vocabulary';

const unit = z.number().check(z.gte(0), z.lte(1));
const seconds = z.number().check(z.gte(0));
const hexColor = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'expected a #rrggbb color'));
const id = z.string().check(z.minLength(1));

const camera = z.object({
  shot: z.enum(SHOTS),
  subject: id,
  move: z.enum(MOVES),
  transition: z.enum(TRANSITIONS),
  blendSec: z.optional(seconds),
});

const lights = z.object({
  state: z.enum(LIGHT_STATES),
  follow: z.array(id).check(z.maxLength(2)),
  intensity: unit,
  color: hexColor,
});

const dancer = z.object({
  id,
  action: z.enum(ACTIONS as [string, ...string[]]),
  mark: z.enum(MARKS),
});
const stage = z.object({ curtain: z.enum(CURTAIN_STATES), audience: z.enum(AUDIENCE_STATES) });
const music = z.object({ level: unit });

const why = z.object({ cue: z.string(), rule: z.string(), words: z.array(z.string()) });

const beat = z.object({
  index: z.int().check(z.gte(0)),
  text: z.string(),
  paragraph: z.int().check(z.gte(0)),
  span: z.tuple([z.int().check(z.gte(0)), z.int().check(z.gte(0))]),
  startSec: seconds,
  durationSec: z.number().check(z.gt(0)),
  camera,
  lights,
  dancers: z.array(dancer),
  stage,
  music,
  why: z.array(why),
});

const override = z.object({
  text: z.string(),
  camera: z.optional(z.partial(camera)),
  lights: z.optional(z.partial(lights)),
  dancers: z.optional(z.array(dancer)),
  stage: z.optional(z.partial(stage)),
  music: z.optional(z.partial(music)),
});

/** The zod schema of CueSheet version 1 (see ../shared/DESIGN.md). */
export const cueSheetSchema = z.object({
  version: z.literal(1),
  title: z.string(),
  durationSec: seconds,
  cast: z
    .array(z.object({ id, name: z.string(), role: z.enum(ROLES) }))
    .check(z.minLength(1), z.maxLength(2)),
  beats: z.array(beat).check(z.minLength(1)),
  overrides: z.optional(z.array(override)),
});
