import { because } from './because';
import type { ActPlan } from './detectActs';
import { firstCue, HOUSE_WORDS, type BeatReading } from './readStory';
import type { CueReason, MusicCue, StageCue } from '../cuesheet/schema';

/** Curtain, audience and music of one beat, with their reasons. */
export interface StageChoice {
  stage: StageCue;
  music: MusicCue;
  why: CueReason[];
}

const HOUSE_RANK: Record<StageCue['audience'], number> = {
  ovation: 4,
  applause: 3,
  empty: 2,
  hushed: 1,
  seated: 0,
};

const MUSIC_OPENING = 0.6;
const MUSIC_CALL = 0.5;

/** Chooses the curtain, the audience and the music level from the act, the words, and the previous beat. */
export function chooseStage(
  r: BeatReading,
  plan: ActPlan,
  prev: StageChoice | undefined,
): StageChoice {
  const why: CueReason[] = [];
  const curtainWord = firstCue(r, 'curtain');
  // After a prologue the curtain is already open when the story begins.
  const isOpen = r.index === plan.openIndex && plan.openRule !== 'act.prologue';
  let curtain: StageCue['curtain'];
  const prevCurtain = prev?.stage.curtain ?? 'closed';
  if (r.act === 'before') {
    curtain = 'closed';
    why.push(because('stage.curtain', 'act.before'));
  } else if (isOpen) {
    curtain = 'opening';
    why.push(because('stage.curtain', plan.openRule, plan.openWords));
  } else if (curtainWord?.cue.to === 'down' && prevCurtain !== 'closed') {
    curtain = 'closing';
    why.push(because('stage.curtain', 'lexicon.curtain-down', curtainWord.match.words));
  } else if (
    curtainWord?.cue.to === 'up' &&
    (prevCurtain === 'closed' || prevCurtain === 'closing')
  ) {
    curtain = 'opening';
    why.push(because('stage.curtain', 'lexicon.curtain-up', curtainWord.match.words));
  } else if (r.index === r.count - 1 && r.index - plan.callIndex >= 1 && prevCurtain === 'open') {
    curtain = 'closing';
    why.push(because('stage.curtain', 'act.final-curtain'));
  } else {
    curtain =
      prevCurtain === 'opening' ? 'open' : prevCurtain === 'closing' ? 'closed' : prevCurtain;
    why.push(because('stage.curtain', 'context.persist'));
  }

  // A person of the story who claps is not the house applauding.
  const audienceWord = r.matches
    .filter((m) => m.entry.cue.kind === 'audience')
    .map((m) => ({
      cue: m.entry.cue as Extract<typeof m.entry.cue, { kind: 'audience' }>,
      match: m,
    }))
    // Applause outranks laughter when a house does both.
    .sort((a, b) => HOUSE_RANK[b.cue.state] - HOUSE_RANK[a.cue.state])
    .find(
      (a) =>
        !(
          r.subjects.owners[a.match.token]?.length &&
          a.cue.state === 'applause' &&
          !HOUSE_WORDS.test(r.beat.text)
        ),
    );
  let audience: StageCue['audience'];
  const emptyHouse = prev?.stage.audience === 'empty';
  // Once the bows begin the house does not fall silent again; an empty house stays empty
  // until the words fill it.
  if (audienceWord && !(r.act === 'call' && audienceWord.cue.state === 'hushed')) {
    audience = audienceWord.cue.state;
    why.push(because('stage.audience', audienceWord.match.entry.rule, audienceWord.match.words));
  } else if (emptyHouse) {
    audience = 'empty';
    why.push(because('stage.audience', 'context.persist'));
  } else if (r.act === 'before') {
    audience = r.index === plan.openIndex - 1 && r.index > 0 ? 'hushed' : 'seated';
    why.push(because('stage.audience', audience === 'hushed' ? 'act.preshow-hush' : 'act.before'));
  } else if (r.act === 'call') {
    const prevAudience = prev?.stage.audience;
    audience =
      r.index === plan.callIndex
        ? 'applause'
        : prevAudience === 'applause' || prevAudience === 'ovation'
          ? 'ovation'
          : 'applause';
    why.push(
      because(
        'stage.audience',
        r.index === plan.callIndex ? plan.callRule : 'act.ovation',
        r.index === plan.callIndex ? plan.callWords : [],
      ),
    );
  } else {
    audience = 'hushed';
    why.push(
      because(
        'stage.audience',
        prev?.stage.audience === 'hushed' ? 'context.persist' : 'act.performance',
      ),
    );
  }

  const musicWord = firstCue(r, 'music');
  let level: number;
  if (musicWord) {
    level = musicWord.cue.level;
    why.push(because('music.level', musicWord.match.entry.rule, musicWord.match.words));
  } else if (r.act === 'before') {
    level = 0;
    why.push(because('music.level', 'act.before'));
  } else if (isOpen) {
    level = MUSIC_OPENING;
    why.push(because('music.level', plan.openRule, plan.openWords));
  } else if (r.index === plan.callIndex) {
    level = MUSIC_CALL;
    why.push(because('music.level', plan.callRule, plan.callWords));
  } else {
    level = prev?.music.level ?? MUSIC_OPENING;
    why.push(because('music.level', 'context.persist'));
  }
  return { stage: { curtain, audience }, music: { level }, why };
}
