import type { Action, AudienceState, LightState, Mark, Move, Shot } from './vocabulary';

/** Figurative readings of a dancing beat that names no step. */
export type Mood = 'travel' | 'shape' | 'partnered' | 'tender' | 'breath';

/** What a lexicon entry asks of the show when its words appear in a beat. */
export type LexiconCue =
  | { kind: 'action'; actions: readonly Action[] }
  | { kind: 'mood'; mood: Mood; actions: readonly Action[] }
  | { kind: 'curtain'; to: 'up' | 'down' }
  | { kind: 'begin' }
  | { kind: 'lights'; state: LightState }
  | { kind: 'audience'; state: AudienceState }
  | { kind: 'shot'; shots: readonly Shot[]; subject: 'dancer' | 'audience' | 'stage' }
  | { kind: 'music'; level: number }
  | { kind: 'mark'; mark: Mark }
  | { kind: 'move'; move: Move }
  | { kind: 'cut' };

/**
 * One rule of the lexicon. A pattern is words separated by spaces; "a|b" are alternatives;
 * a word matches its inflections (leap: leaps, leaped, leaping); "pre*" matches any word
 * starting with "pre" (leapt, Russian endings); "..." lets up to three words come between.
 */
export interface LexiconEntry {
  /** Rule id recorded in `why`, e.g. "lexicon.jump". */
  rule: string;
  patterns: readonly string[];
  cue: LexiconCue;
}

const JUMPS = ['grand-jete', 'saut', 'tour-jete'] as const;
const TURNS = ['pirouette', 'chaines', 'fouette'] as const;
const SHAPES = ['port-de-bras', 'developpe', 'arabesque', 'attitude'] as const;
const CLOSE = ['close'] as const;

/** The words a stage manager listens for, English and Russian (accents and ё are folded away). */
export const LEXICON: readonly LexiconEntry[] = [
  // Curtain and the start of the performance.
  {
    rule: 'lexicon.curtain-up',
    patterns: [
      'curtain|curtains ... rose|rise|risen|lift|open|raise|part|ascend',
      'curtain|curtains ... went|go up',
      'занавес* ... подня*|поднима*|откры*|раздви*|взвил*|взмыл*',
    ],
    cue: { kind: 'curtain', to: 'up' },
  },
  {
    rule: 'lexicon.curtain-down',
    patterns: [
      'curtain|curtains ... fell|fall|fallen|lower|close|drop|descend|draw',
      'curtain|curtains ... came|come down',
      'занавес* ... опуст*|опуска*|закры*|упал*|сомкну*',
    ],
    cue: { kind: 'curtain', to: 'down' },
  },
  {
    rule: 'lexicon.performance-began',
    patterns: [
      'performance|dance|ballet|show|overture ... began|begin|start',
      'began|start to dance',
      'спектакл*|представлен*|балет|танец ... начал*|начина*',
    ],
    cue: { kind: 'begin' },
  },
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
    patterns: ['port de bras'],
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
    patterns: ['leap*', 'soar', 'jump', 'sprang|spring', 'прыг*', 'прыж*', 'взлет*', 'взмыл*'],
    cue: { kind: 'action', actions: JUMPS },
  },
  {
    rule: 'lexicon.turn',
    patterns: ['spin|spun', 'whirl', 'twirl', 'revolve', 'круж*', 'вращ*', 'закруж*'],
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
    cue: { kind: 'action', actions: ['lift', 'fish-dive'] },
  },
  {
    rule: 'lexicon.partnered',
    patterns: [
      'promenade',
      'fish dive',
      'held|hold|guide her|him',
      'took|take her|his hand',
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
    patterns: ['kneel|knelt', 'колен*'],
    cue: { kind: 'action', actions: ['kneel'] },
  },
  {
    rule: 'lexicon.still',
    patterns: [
      'stood|stand ... still',
      'wait',
      'stood|stand',
      'froze|paused|motionless',
      'стоял*|стоит',
      'жда*',
      'замер*',
    ],
    cue: { kind: 'action', actions: ['stand'] },
  },
  {
    rule: 'lexicon.enter',
    patterns: ['enter', 'вышл*|выше*|выход*'],
    cue: { kind: 'action', actions: ['enter'] },
  },
  {
    rule: 'lexicon.exit',
    patterns: ['exit', 'left the stage', 'ушл*|ушел'],
    cue: { kind: 'action', actions: ['exit'] },
  },
  {
    rule: 'lexicon.travel',
    patterns: [
      'walk',
      'stroll',
      'run|ran',
      'rush|dash',
      'glide',
      'шла|шел|шаг*',
      'беж*|побеж*',
      'скольз*',
    ],
    cue: { kind: 'action', actions: ['walk', 'run', 'bourree'] },
  },
  // Figurative language: a dancing beat that names no step takes one of these.
  {
    rule: 'mood.figurative-travel',
    patterns: [
      'leaf|leaves|feather|bird',
      'wind|breeze',
      'carried|swept|drift*|float*|sail*',
      'across the floor|stage',
      'flew|fly|flying|flight',
      'лист*',
      'ветер|ветр*',
      'перо|птиц*',
      'летел*|парил*',
    ],
    cue: { kind: 'mood', mood: 'travel', actions: ['bourree', 'chaines', 'grand-jete', 'run'] },
  },
  {
    rule: 'mood.figurative-shape',
    patterns: [
      'vessel',
      'tapestry',
      'weave|weaving|wove',
      'sculpt*',
      'graceful|grace',
      'flow|flowing',
      'arms',
      'line|lines',
      'сосуд*',
      'узор*',
      'плавн*',
    ],
    cue: { kind: 'mood', mood: 'shape', actions: SHAPES },
  },
  {
    rule: 'mood.figurative-partnered',
    patterns: [
      'intertwin*',
      'entwin*',
      'together',
      'unison',
      'embrace',
      'вместе',
      'сплета*|переплета*',
    ],
    cue: { kind: 'mood', mood: 'partnered', actions: ['promenade', 'supported-pirouette'] },
  },
  {
    rule: 'mood.tender',
    patterns: [
      'tender*',
      'slow',
      'gentle|gently',
      'soft',
      'dream',
      'sorrow',
      'longing',
      'melanchol*',
      'нежн*',
      'медлен*',
      'мечт*',
      'груст*',
    ],
    cue: {
      kind: 'mood',
      mood: 'tender',
      actions: ['arabesque', 'developpe', 'attitude', 'port-de-bras'],
    },
  },
  {
    rule: 'mood.breath',
    patterns: [
      'breath*',
      'breathe',
      'exertion',
      'heave|heaving',
      'pant',
      'exhaust*',
      'tired',
      'дыха*|дыша*',
      'устал*',
    ],
    cue: { kind: 'mood', mood: 'breath', actions: ['releve', 'plie', 'stand'] },
  },
  // Lights.
  {
    rule: 'lexicon.spotlight',
    patterns: ['spotlight|spotlit|spot', 'follow spot', 'прожектор*'],
    cue: { kind: 'lights', state: 'spot' },
  },
  {
    rule: 'lexicon.lights-dim',
    patterns: [
      'light|lights|lamps ... dim|dimmed|faded|low',
      'dim|dimmed light|lights',
      'свет ... приглуш*|померк*',
    ],
    cue: { kind: 'lights', state: 'spot' },
  },
  {
    rule: 'lexicon.lights-dark',
    patterns: [
      'went|go|fell|grew|plunge dark|darkness',
      'blackout',
      'light|lights ... went|go out',
      'свет ... погас*',
      'темнот*|тьм*',
    ],
    cue: { kind: 'lights', state: 'blackout' },
  },
  {
    rule: 'lexicon.lights-blaze',
    patterns: [
      'blaze|blazing|blazed',
      'flood ... light',
      'light|lights ... flare|flared|burst',
      'ярк*',
    ],
    cue: { kind: 'lights', state: 'wash' },
  },
  {
    rule: 'lexicon.lights-cool',
    patterns: [
      'moon*',
      'night',
      'cold',
      'winter',
      'ice|icy',
      'frost*',
      'silver*',
      'лун*',
      'ноч*',
      'холод*',
      'зим*',
    ],
    cue: { kind: 'lights', state: 'cool' },
  },
  {
    rule: 'lexicon.lights-warm',
    patterns: [
      'golden|gold',
      'sun|sunlight|sunset|sunrise',
      'warm|warmth',
      'summer',
      'amber',
      'солн*',
      'тепл*',
      'золот*',
    ],
    cue: { kind: 'lights', state: 'warm' },
  },
  // Audience.
  {
    rule: 'lexicon.applause',
    patterns: ['applause|applaud', 'clap', 'аплодис*', 'хлопа*', 'рукоплес*'],
    cue: { kind: 'audience', state: 'applause' },
  },
  {
    rule: 'lexicon.ovation',
    patterns: ['ovation', 'cheer', 'bravo|bravos|encore', 'on their feet', 'овац*', 'браво'],
    cue: { kind: 'audience', state: 'ovation' },
  },
  {
    rule: 'lexicon.hush',
    patterns: ['hush|hushed', 'silence|silent', 'held their breath', 'тишин*', 'затаи*'],
    cue: { kind: 'audience', state: 'hushed' },
  },
  // Music.
  {
    rule: 'lexicon.music-up',
    patterns: [
      'music|orchestra|notes|melody|strings|violin|violins|symphony|chord ... swell|rise|rose|soar|build|surge|louder|thunder',
      'crescendo',
      'fortissimo',
      'музык*|оркестр* ... нараст*|грян*|зазвуч*|взлет*|громч*',
    ],
    cue: { kind: 'music', level: 0.9 },
  },
  {
    rule: 'lexicon.music-down',
    patterns: [
      'music|orchestra|notes|melody|strings|violin|violins|symphony|chord ... fade|faded|die|died|soften|quiet|hush|ebb',
      'музык*|оркестр*|нот* ... стих*|затих*|смолк*|угас*',
    ],
    cue: { kind: 'music', level: 0.2 },
  },
  // Camera.
  {
    rule: 'lexicon.close-shot',
    patterns: [
      'tear|tears',
      'eye|eyes',
      'face',
      'gaze',
      'smile',
      'lips',
      'cheek',
      'глаз*',
      'слез*',
      'лицо|лица|лице',
      'взгляд*',
      'улыб*',
    ],
    cue: { kind: 'shot', shots: CLOSE, subject: 'dancer' },
  },
  {
    rule: 'lexicon.detail-shot',
    patterns: [
      'hand|hands',
      'finger|fingers',
      'feet|foot',
      'toe|toes',
      'shoe|shoes',
      'рук*',
      'пальц*',
      'ног*',
    ],
    cue: { kind: 'shot', shots: ['extreme-close'], subject: 'dancer' },
  },
  {
    rule: 'lexicon.audience-shot',
    patterns: ['audience|crowd|spectator|spectators|public', 'зрител*', 'публик*'],
    cue: { kind: 'shot', shots: ['pov-audience', 'wide'], subject: 'audience' },
  },
  {
    rule: 'lexicon.house-shot',
    patterns: ['theater|theatre|house|auditorium|hall|opera', 'театр*', 'зал|зале|зала|залу'],
    cue: { kind: 'shot', shots: ['establishing', 'wide', 'pov-stage'], subject: 'stage' },
  },
  // Marks.
  {
    rule: 'lexicon.mark-center',
    patterns: ['center|centre|middle', 'центр*|середин*'],
    cue: { kind: 'mark', mark: 'center' },
  },
  {
    rule: 'lexicon.mark-edge',
    patterns: ['edge', 'краю|край|края'],
    cue: { kind: 'mark', mark: 'edge' },
  },
  {
    rule: 'lexicon.mark-downstage',
    patterns: ['downstage|footlights|apron', 'рамп*'],
    cue: { kind: 'mark', mark: 'downstage' },
  },
  {
    rule: 'lexicon.mark-upstage',
    patterns: ['upstage|backdrop', 'глубин*'],
    cue: { kind: 'mark', mark: 'upstage' },
  },
  {
    rule: 'lexicon.mark-wings',
    patterns: ['wings', 'кулис*'],
    cue: { kind: 'mark', mark: 'wings-left' },
  },
  // Camera moves and cuts.
  {
    rule: 'lexicon.feeling',
    patterns: [
      'heart|heartbeat',
      'soul',
      'emotion|emotions',
      'felt|feel|feeling',
      'thought|thoughts',
      'сердц*|серде*',
      'душ*',
      'чувств*',
    ],
    cue: { kind: 'move', move: 'dolly-in' },
  },
  {
    rule: 'lexicon.sudden',
    patterns: ['sudden*', 'erupt*', 'snap*', 'burst*', 'crash*', 'abrupt*', 'вдруг', 'внезапн*'],
    cue: { kind: 'cut' },
  },
];
