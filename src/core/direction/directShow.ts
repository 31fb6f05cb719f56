import type { Beat } from '../story/types';
import { chooseCamera, type CameraMemory } from './chooseCamera';
import { chooseDancers } from './chooseDancers';
import { chooseLights } from './chooseLights';
import { chooseStage, type StageChoice } from './chooseStage';
import { createPrng, hashText } from './prng';
import { readStory, type BeatReading } from './readStory';
import type { BeatCues, CastMember, CueSheet, DancerCue, LightsCue } from './types';

/** Options of the director. */
export interface DirectOptions {
  /** Show title; default the lead's name, else the story's first words. */
  title?: string;
  /** Seed of the varied choices; default a hash of the text. */
  seed?: number;
}

const TITLE_WORDS = 6;

function titleOf(beats: Beat[], lead: CastMember, leadNamed: boolean): string {
  if (leadNamed) return lead.name;
  const words = (beats[0]?.text ?? '').match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const title = words.slice(0, TITLE_WORDS).join(' ');
  return title ? (words.length > TITLE_WORDS ? `${title}…` : title) : 'Untitled';
}

/** The camera's and lights' subject of a beat: a cast id, "pair", or the last one when the beat names nobody. */
function focusOf(r: BeatReading, castIds: string[], previous: string): string {
  if (r.act === 'call') return 'pair';
  if (r.subjects.pair && r.act === 'performance') return 'pair';
  const agent = r.subjects.agent;
  if (agent && castIds.includes(agent)) return agent;
  return previous;
}

/** Directs a story: reads each beat as a stage manager would and writes its camera, lights, dancers, stage and music cues. */
export function directShow(beats: Beat[], options: DirectOptions = {}): CueSheet {
  const story = readStory(beats);
  const [lead, partner] = story.cast.cast;
  const castIds = [lead.id, partner.id];
  const seed = options.seed ?? beats.reduce((h, b) => hashText(b.text, h), 0x811c9dc5);
  const out: BeatCues[] = [];
  let stagePrev: StageChoice | undefined;
  let dancersPrev: DancerCue[] | undefined;
  let lightsPrev: LightsCue | undefined;
  let cameraMemory: CameraMemory | undefined;
  let focus = 'stage';
  for (const r of story.beats) {
    // A generator per beat: a change to one beat's choices does not reshuffle the rest.
    const prng = createPrng((seed ^ Math.imul(r.index + 1, 0x9e3779b9)) >>> 0);
    const stage = chooseStage(r, story.plan, stagePrev);
    const dancers = chooseDancers(r, story.cast, story.plan, dancersPrev, prng);
    focus = focusOf(r, castIds, focus);
    const lights = chooseLights(r, story.cast, story.plan, dancers.dancers, focus, lightsPrev);
    const camera = chooseCamera(r, story.plan, dancers.dancers, focus, cameraMemory, prng);
    const { beat } = r;
    out.push({
      index: beat.index,
      text: beat.text,
      paragraph: beat.paragraph,
      span: [beat.span[0], beat.span[1]],
      startSec: beat.startSec,
      durationSec: beat.durationSec,
      camera: camera.camera,
      lights: lights.lights,
      dancers: dancers.dancers,
      stage: stage.stage,
      music: stage.music,
      why: [...camera.why, ...lights.why, ...dancers.why, ...stage.why],
    });
    [stagePrev, dancersPrev, lightsPrev, cameraMemory] = [
      stage,
      dancers.dancers,
      lights.lights,
      camera.memory,
    ];
  }
  const last = beats[beats.length - 1];
  return {
    version: 1,
    title: options.title ?? titleOf(beats, lead, story.cast.names.size > 0),
    durationSec: last ? last.startSec + last.durationSec : 0,
    cast: [lead, partner],
    beats: out,
  };
}
