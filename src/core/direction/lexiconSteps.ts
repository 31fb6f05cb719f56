import type { LexiconEntry } from './lexicon';

const JUMPS = ['grand-jete', 'saut', 'tour-jete'] as const;
const TURNS = ['pirouette', 'chaines', 'fouette'] as const;

/** Steps by name and by family. */
export const STEP_LEXICON: readonly LexiconEntry[] = [
  // Steps, by family; a named step wins over its family.
  {
    rule: 'lexicon.step',
    patterns: ['grand jete', 'jete'],
    cue: { kind: 'action', actions: ['grand-jete'] },
  },
  {
    rule: 'lexicon.step',
    patterns: ['tour jete'],
    cue: { kind: 'action', actions: ['tour-jete'] },
  },
  {
    rule: 'lexicon.step',
    patterns: ['pirouette', 'пируэт*'],
    cue: { kind: 'action', actions: ['pirouette'] },
  },
  {
    rule: 'lexicon.step',
    patterns: ['fouette', 'фуэте'],
    cue: { kind: 'action', actions: ['fouette'] },
  },
  {
    rule: 'lexicon.step',
    patterns: ['chaine|chaines'],
    cue: { kind: 'action', actions: ['chaines'] },
  },
  {
    rule: 'lexicon.step',
    patterns: ['arabesque', 'арабеск*'],
    cue: { kind: 'action', actions: ['arabesque'] },
  },
  {
    rule: 'lexicon.step',
    patterns: ['developpe'],
    cue: { kind: 'action', actions: ['developpe'] },
  },
  {
    rule: 'lexicon.step',
    patterns: [
      'port de bras',
      'arms ... rose|rising|lifted|floated|floating|swayed|swaying|curved|opened|unfolded|circled',
    ],
    cue: { kind: 'action', actions: ['port-de-bras'] },
  },
  { rule: 'lexicon.step', patterns: ['plie', 'плие'], cue: { kind: 'action', actions: ['plie'] } },
  {
    rule: 'lexicon.step',
    patterns: ['releve', 'rose|rise|risen ... pointe|toes'],
    cue: { kind: 'action', actions: ['releve'] },
  },
  { rule: 'lexicon.step', patterns: ['bourree'], cue: { kind: 'action', actions: ['bourree'] } },
  {
    rule: 'lexicon.step',
    patterns: ['fifth position'],
    cue: { kind: 'action', actions: ['fifth-position'] },
  },
  {
    rule: 'lexicon.jump',
    patterns: [
      'leap*',
      'soar',
      'jump',
      'sprang|spring',
      'bound|bounded|bounding',
      'hop|hopped|hopping|skip|skipped|skipping|cartwheel*',
      'vault',
      'прыг*',
      'прыж*',
      'взлет*',
      'взмыл*',
    ],
    cue: { kind: 'action', actions: JUMPS },
  },
  {
    rule: 'lexicon.turn',
    patterns: [
      'spin|spun',
      'whirl',
      'twirl',
      'revolve',
      'turn|turned|turning ... on one|her|his ... foot|toe|toes|pointe',
      'turns|spins',
      'whipped|whip|spun|spin|swung ... around|round',
      'круж*',
      'вращ*',
      'закруж*',
    ],
    cue: { kind: 'action', actions: TURNS },
  },
  {
    rule: 'lexicon.partnered',
    patterns: [
      'lift|raise|hoist her|him',
      'caught|catch her|him',
      'in his|her arms',
      'подня* ее|его',
    ],
    cue: { kind: 'action', actions: ['lift'] },
  },
  {
    rule: 'lexicon.partnered',
    patterns: ['fish dive', 'dive|dived|dove|plunged ... into his|her arms', 'dove|dived'],
    cue: { kind: 'action', actions: ['fish-dive'] },
  },
  {
    rule: 'lexicon.partnered',
    patterns: [
      'promenade',
      'held|hold|guide her|him',
      'took|take her|his hand',
      'took|take|taking ... her|his weight',
      'danced|dance|dancing|waltzed|waltz ... together',
      'поддерж*',
    ],
    cue: { kind: 'action', actions: ['promenade', 'supported-pirouette'] },
  },
  {
    rule: 'lexicon.bow',
    patterns: ['bow', 'curtsy|curtsey', 'reverence', 'поклон*', 'поклони*', 'кланя*', 'реверанс*'],
    cue: { kind: 'action', actions: ['reverence', 'bow'] },
  },
  {
    rule: 'lexicon.kneel',
    patterns: [
      'kneel|knelt',
      'sank|sink|sunk|fell|fall|drop|dropped|went|go|came|come ... knee|knees',
      'sank|sink|sunk|crumpled|collapsed|slid ... floor|ground',
      'on her|his|their|one|both knee|knees',
      'колен*',
    ],
    cue: { kind: 'action', actions: ['kneel'] },
  },
  {
    rule: 'lexicon.still',
    patterns: [
      'stood|stand ... still',
      'wait',
      'stood|stand',
      'froze|paused|motionless',
      'stopped|stop|stops|halted',
      'stopped|stop|stops ... running|dancing|moving|spinning|turning|walking',
      'collapse|collapsed|slumped',
      'sat|sit|sits|seated|lay|lies|lying',
      'did|does|could not move',
      'fell',
      'watch|look|listen|gaze|stare',
      'смотр*|слуша*',
      'стоял*|стоит',
      'жда*',
      'замер*',
    ],
    cue: { kind: 'action', actions: ['stand'] },
  },
  {
    rule: 'lexicon.still',
    patterns: ['held|hold|holding ... breath', 'caught ... breath'],
    cue: { kind: 'action', actions: ['stand'] },
  },
  {
    rule: 'lexicon.exit',
    patterns: [
      'exit',
      'left|leave|leaves ... stage|room|studio|hall|floor',
      'fled|flee|flees|fleeing',
      'escape',
      'disappear',
      'vanish',
      'ran|run|hurried|rushed|slipped|stole|walked|stormed|hurry ... off|away',
      'out of the room|studio|hall|door|doors|theater|theatre|house|building',
      'into the wings|darkness|night|fog|mist|shadows',
      'ушл*|ушел|убежал*|исчез*',
    ],
    cue: { kind: 'action', actions: ['exit'] },
  },
  {
    rule: 'lexicon.enter',
    patterns: [
      'enter',
      'appear',
      'emerge',
      'arrive',
      'came|come|comes|stepped|step|steps ... onto|into|in|out|forward',
      'walked|ran|burst|danced|glided|strode|slipped ... onto|into|forward',
      'into|onto ... came|stepped|ran|walked|strode|glided|danced|burst|leapt',
      'out of ... came|stepped|ran|walked|strode|glided|danced|burst|leapt',
      'вышл*|выше*|выход*|появил*|вбежал*',
    ],
    cue: { kind: 'action', actions: ['enter'] },
  },
  {
    rule: 'lexicon.travel',
    patterns: [
      'walk|stroll|stride|strode',
      'circle|circled|circling|shuffle|shuffled|climb|climbed|crept|creep|wander|wandered|paced',
      'шла|шел|шаг*',
    ],
    cue: { kind: 'action', actions: ['walk'] },
  },
  {
    rule: 'lexicon.travel',
    patterns: ['run|ran', 'rush|dash|hurry|hurried', 'беж*|побеж*'],
    cue: { kind: 'action', actions: ['run'] },
  },
  {
    rule: 'lexicon.travel',
    patterns: ['glide', 'skim', 'скольз*'],
    cue: { kind: 'action', actions: ['bourree'] },
  },
  {
    // "danced": a step the mood chooses (chooseStep), and a sign that the person dances.
    rule: 'lexicon.dance',
    patterns: ['dance|danced|dances|dancing', 'танцева*|танцу*|станцева*'],
    cue: {
      kind: 'action',
      actions: ['port-de-bras', 'attitude', 'bourree', 'pirouette', 'arabesque'],
    },
  },
  {
    rule: 'lexicon.reach',
    patterns: ['reach|stretch ... sky|heavens|stars', 'тяну* ... неб*'],
    cue: { kind: 'action', actions: ['developpe', 'arabesque'] },
  },
];
