import type { LexiconEntry } from './lexicon';

const SHAPES = ['port-de-bras', 'developpe', 'arabesque', 'attitude'] as const;

/** Figurative images (a leaf on the wind, a vessel, intertwining) and the steps they suggest. */
export const MOOD_LEXICON: readonly LexiconEntry[] = [
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
    cue: { kind: 'mood', mood: 'travel', actions: ['bourree'] },
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
];
