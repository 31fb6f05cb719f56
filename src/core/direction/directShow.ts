import type { BeatCues, CastOverride, CueSheet, DancerCue, LightsCue } from '../cuesheet/schema';
import type { Beat } from '../story/types';
import { actionFamily } from './actionFamily';
import type { CastReading } from './castPeople';
import { chooseCamera, type CameraMemory } from './chooseCamera';
import { chooseDancers, homeOf } from './chooseDancers';
import { chooseLights } from './chooseLights';
import { chooseStage, type StageChoice } from './chooseStage';
import { framePrologue, frameEpilogue } from './frameBeats';
import type { StoryReader } from './grammar';
import { createPrng, hashText } from './prng';
import { readStory, type BeatReading } from './readStory';

/** Options of the director. */
export interface DirectOptions {
  /** Show title; default the lead's name, else the story's first words. */
  title?: string;
  /** Seed of the varied choices; default a hash of the text. */
  seed?: number;
  /** The reader that tags the words (default: the rule-based reader). */
  reader?: StoryReader;
  /** The user's corrections of the cast, by id. */
  castOverrides?: CastOverride[];
  /** Force the prologue on or off; by default it is added when the text doesn't stage its curtain. */
  prologue?: boolean;
  /** Force the epilogue on or off; by default it is added when the text doesn't stage its bows. */
  epilogue?: boolean;
}

const TITLE_WORDS = 6;

function titleOf(beats: Beat[], cast: CastReading): string {
  const lead = cast.cast[0];
  if (lead && !/^(The|Her|His) /.test(lead.name)) return lead.name;
  const words = (beats[0]?.text ?? '').match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const title = words.slice(0, TITLE_WORDS).join(' ');
  return title ? (words.length > TITLE_WORDS ? `${title}…` : title) : 'Untitled';
}

/** The camera's and lights' subject of a beat: a cast id, "pair", "ensemble", or the last one when the beat names nobody. */
function focusOf(r: BeatReading, dancerIds: string[], previous: string): string {
  const dancing = r.subjects.mentioned.filter((id) => dancerIds.includes(id));
  const group =
    dancerIds.length >= 3
      ? 'ensemble'
      : dancerIds.length === 2
        ? 'pair'
        : (dancerIds[0] ?? previous);
  if (r.act === 'call') return group;
  if (
    r.act === 'performance' &&
    (dancing.length >= 3 || (r.subjects.plural && dancerIds.length >= 3))
  )
    return 'ensemble';
  if (
    r.act === 'performance' &&
    (dancing.length === 2 || (r.subjects.plural && dancerIds.length === 2))
  )
    return 'pair';
  const agent = r.subjects.agent;
  if (agent && dancerIds.includes(agent)) return agent;
  return previous;
}

/** Directs a story: reads each beat as a stage manager would and writes its camera, lights, dancers, stage and music cues, framed by a prologue and an epilogue where the text does not stage its own. */
export function directShow(beats: Beat[], options: DirectOptions = {}): CueSheet {
  if (beats.length === 0) {
    // Nothing to stage: an empty sheet the schema refuses, so the caller reports it.
    const cast = readStory([], options).cast.cast;
    return { version: 2, title: options.title ?? 'Untitled', durationSec: 0, cast, beats: [] };
  }
  const story = readStory(beats, options);
  const { cast, plan } = story;
  const dancerIds = cast.cast.filter((m) => m.role !== 'character').map((m) => m.id);
  const seed = options.seed ?? beats.reduce((h, b) => hashText(b.text, h), 0x811c9dc5);
  const prologue = plan.prologue ? framePrologue(cast.cast) : [];
  const offsetSec = prologue.reduce((sum, b) => sum + b.durationSec, 0);
  const out: BeatCues[] = [];
  let stagePrev: StageChoice | undefined = prologue.length
    ? {
        stage: prologue[prologue.length - 1]!.stage,
        music: prologue[prologue.length - 1]!.music,
        why: [],
      }
    : undefined;
  let dancersPrev: DancerCue[] | undefined;
  let lightsPrev: LightsCue | undefined;
  let cameraMemory: CameraMemory | undefined = prologue.length
    ? {
        camera: prologue[prologue.length - 1]!.camera,
        shots: prologue.map((b) => b.camera.shot),
        runBeats: 1,
        runSec: 6,
      }
    : undefined;
  let focus = 'stage';
  for (const r of story.beats) {
    // A generator per beat: a change to one beat's choices does not reshuffle the rest.
    const prng = createPrng((seed ^ Math.imul(r.index + 1, 0x9e3779b9)) >>> 0);
    const stage = chooseStage(r, plan, stagePrev);
    const dancers = chooseDancers(r, cast, plan, dancersPrev, prng);
    focus = focusOf(r, dancerIds, focus);
    const lights = chooseLights(r, cast, plan, dancers.dancers, focus, lightsPrev);
    const camera = chooseCamera(r, plan, dancers.dancers, focus, cameraMemory, prng);
    const { beat } = r;
    out.push({
      index: beat.index + prologue.length,
      kind: 'story',
      text: beat.text,
      paragraph: beat.paragraph,
      span: [beat.span[0], beat.span[1]],
      mood: r.mood,
      startSec: beat.startSec + offsetSec,
      durationSec: beat.durationSec,
      camera: camera.camera,
      lights: lights.lights,
      dancers: dancers.dancers,
      stage: stage.stage,
      music: stage.music,
      why: [
        ...camera.why,
        ...lights.why,
        ...dancers.why,
        ...stage.why,
        {
          cue: 'mood',
          rule: r.moodWords.length ? 'lexicon.mood' : 'context.persist',
          words: r.moodWords,
        },
      ],
    });
    [stagePrev, dancersPrev, lightsPrev, cameraMemory] = [
      stage,
      dancers.dancers,
      lights.lights,
      camera.memory,
    ];
  }
  placeOnStageForCurtain(prologue, out[0], cast);
  const lastStory = out[out.length - 1];
  const epilogue =
    plan.epilogue && lastStory
      ? frameEpilogue(cast.cast, lastStory, out.length + prologue.length)
      : [];
  const all = [...prologue, ...out, ...epilogue];
  const last = all[all.length - 1];
  return {
    version: 2,
    title: options.title ?? titleOf(beats, cast),
    durationSec: last ? last.startSec + last.durationSec : 0,
    cast: cast.cast,
    beats: all,
    ...(options.castOverrides?.length ? { castOverrides: options.castOverrides } : {}),
  };
}

/** As the curtain opens, whoever begins the story on stage (not entering) is already at their mark. */
function placeOnStageForCurtain(
  prologue: BeatCues[],
  first: BeatCues | undefined,
  cast: CastReading,
): void {
  if (!first || prologue.length === 0) return;
  for (const beat of prologue) {
    beat.dancers = cast.cast.map((m, i) => {
      const d = first.dancers.find((x) => x.id === m.id);
      const enters =
        !d ||
        d.mark.startsWith('wings') ||
        actionFamily(d.action) === 'travel' ||
        m.role === 'character';
      return enters
        ? { id: m.id, action: 'wait-in-wings', mark: homeOf(i) }
        : { id: m.id, action: 'fifth-position', mark: d.mark };
    });
  }
}
