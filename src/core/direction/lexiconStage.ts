import type { LexiconEntry } from './lexicon';

/** Curtain, start of the performance, lights, audience and music. */
export const STAGE_LEXICON: readonly LexiconEntry[] = [
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
      'fade|faded|fading|sank ... to|into black|nothing|darkness|dark',
      'light|lights|lamps|glow ... died|die|dies|vanished|gone',
      'swallowed|engulfed|plunged ... dark|darkness|shadow',
      'shrank|shrunk|dwindled|narrowed|closed ... nothing|darkness|point|pinpoint',
      'pitch black|dark',
      'in the dark|darkness',
      'went black',
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
      'light|lights|lamps ... back|returned|return',
      'light|lights|lamps ... came|come on',
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
    rule: 'lexicon.empty-house',
    patterns: [
      'empty seats|theater|theatre|house|hall|auditorium|stalls|rows|chairs',
      'no audience|spectators',
      'seats|house|theater|theatre|hall|auditorium ... empty|deserted',
      'пуст* зал|театр',
      'зал ... пуст*',
    ],
    cue: { kind: 'audience', state: 'empty' },
  },
  {
    rule: 'lexicon.applause',
    patterns: ['applause|applaud', 'clap', 'аплодис*', 'хлопа*', 'рукоплес*'],
    cue: { kind: 'audience', state: 'applause' },
  },
  {
    rule: 'lexicon.ovation',
    patterns: [
      'ovation',
      'cheer',
      'bravo|bravos|encore',
      'on their feet',
      'audience|crowd|house|hall|spectators|everyone|they ... rose|rise|stood|leapt|jumped|got ... feet',
      'зрител*|зал ... встал*|вскочил*',
      'овац*',
      'браво',
    ],
    cue: { kind: 'audience', state: 'ovation' },
  },
  {
    // A house laughing is at ease, neither hushed nor applauding.
    rule: 'lexicon.audience-laughs',
    patterns: [
      'audience|house|crowd|hall|spectators ... laugh*|roar*|giggl*|chuckl*',
      'laughter',
      'зрител* ... смея*|смех*',
    ],
    cue: { kind: 'audience', state: 'seated' },
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
  {
    rule: 'lexicon.music-stop',
    patterns: [
      'music|orchestra|melody|strings|violin|violins|symphony ... stop|stopped|cease|ended',
      'музык*|оркестр* ... оборва*|прекрати*|замолчал*',
    ],
    cue: { kind: 'music', level: 0 },
  },
];
