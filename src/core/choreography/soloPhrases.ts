import type { Gender } from '../cuesheet/vocabulary';
import type { Phrase, PhraseStep } from './phrases';
import type { PoseName } from './types';

type Pointe = { rise: string; retire: string; chaine: string; bourree: string };
const FEET: Record<Gender, Pointe> = {
  female: { rise: 'releve-fifth-r', retire: 'retire-r', chaine: 'chaine', bourree: 'bourree' },
  male: {
    rise: 'releve-fifth-demi-r',
    retire: 'retire-demi-r',
    chaine: 'chaine-demi',
    bourree: 'bourree-demi',
  },
};

/** Height of the little spring onto pointe or demi-pointe and back down, meters. */
export const SPRING_M = 0.03;

const idle = (a: PoseName, b: PoseName, sec: number): Phrase => ({
  start: a,
  steps: [
    { to: b, sec },
    { to: a, sec },
  ],
});

/** A looping phrase entered once from `start` over `sec` seconds. */
const from = (start: PoseName, sec: number, loop: Phrase): Phrase => ({
  start,
  intro: [{ to: loop.start, sec }],
  steps: loop.steps,
});

const jump = (land: PoseName, air: PoseName, sec: number, jumpM: number): PhraseStep[] => [
  { to: air, sec, jumpM, arc: [0, 0.5] },
  { to: land, sec, jumpM, arc: [0.5, 1] },
];

/** The solo phrases (every action but the partnered ones) as a gender dances them. */
export function soloPhrases(gender: Gender): Record<string, Phrase> {
  const f = FEET[gender];
  // Turns stand on the left foot, the back foot of fifth-r, which stays put from the fifth on;
  // the rise and the landing are little springs, so the toes draw in without scraping the floor.
  const pirouette = (turns: number): PhraseStep[] => [
    { to: 'prep-fourth-r', sec: 0.8 },
    { to: f.retire, sec: 0.3, turns: 0.5, ease: 'linear', jumpM: SPRING_M },
    { to: f.retire, sec: 0.6 * (turns - 0.5), turns: turns - 0.5, ease: 'linear' },
    { to: 'plie-fifth-r', sec: 0.45, jumpM: SPRING_M },
    { to: 'fifth-r', sec: 0.8 },
  ];
  return {
    stand: idle('stand-first', 'stand-first-breath', 2.5),
    'fifth-position': idle('fifth-r', 'fifth-breath-r', 2.5),
    kneel: {
      ...idle('kneel-r', 'kneel-breath-r', 3),
      start: 'fifth-r',
      intro: [{ to: 'kneel-r', sec: 1.4 }],
    },
    'wait-in-wings': from('stand-first', 0.8, idle('wings-r', 'wings-breath-r', 3)),
    walk: from('stand-first', 0.4, idle('walk-r', 'walk-l', 0.55)),
    enter: from('stand-first', 0.4, idle('walk-r', 'walk-l', 0.55)),
    exit: from('stand-first', 0.4, idle('walk-r', 'walk-l', 0.55)),
    run: {
      start: 'stand-first',
      intro: [{ to: 'run-r', sec: 0.35 }],
      steps: [
        { to: 'run-l', sec: 0.32, jumpM: 0.06 },
        { to: 'run-r', sec: 0.32, jumpM: 0.06 },
      ],
    },
    bourree: from('fifth-r', 0.4, idle(`${f.bourree}-r`, `${f.bourree}-l`, 0.12)),
    plie: idle('stand-first', 'plie-first', 2),
    // Vaganova's relevé: up with a little spring that draws the feet in under the body, down
    // through a demi-plié.
    releve: {
      start: 'fifth-r',
      steps: [
        { to: 'plie-fifth-r', sec: 0.8 },
        { to: f.rise, sec: 0.6, jumpM: SPRING_M },
        { to: f.rise, sec: 1.6 },
        { to: 'plie-fifth-r', sec: 0.5, jumpM: SPRING_M },
        { to: 'fifth-r', sec: 0.6 },
      ],
    },
    'port-de-bras': {
      start: 'fifth-r',
      steps: [
        { to: 'port-first-r', sec: 1.5 },
        { to: 'port-fifth-r', sec: 1.8 },
        { to: 'port-cambre-r', sec: 2 },
        { to: 'port-fifth-r', sec: 1.8 },
        { to: 'port-second-r', sec: 1.8 },
        { to: 'fifth-r', sec: 1.8 },
      ],
    },
    arabesque: {
      start: 'fifth-r',
      steps: [
        { to: 'tendu-front-r', sec: 0.6 },
        { to: 'arabesque-r', sec: 1.4 },
        { to: 'arabesque-r', sec: 1.6 },
        { to: 'fifth-r', sec: 1.4 },
      ],
    },
    attitude: {
      start: 'fifth-r',
      steps: [
        { to: 'attitude-r', sec: 1.6 },
        { to: 'attitude-r', sec: 1.4 },
        { to: 'fifth-r', sec: 1.4 },
      ],
    },
    developpe: {
      start: 'fifth-r',
      steps: [
        { to: 'retire-flat-r', sec: 1 },
        { to: 'developpe-r', sec: 1.4 },
        { to: 'developpe-r', sec: 1.2 },
        { to: 'fifth-r', sec: 1.4 },
      ],
    },
    pirouette: { start: 'fifth-r', steps: pirouette(2) },
    fouette: {
      start: 'fifth-r',
      steps: [
        { to: 'prep-fourth-r', sec: 0.8 },
        { to: f.retire, sec: 0.6, turns: 1, ease: 'linear' },
        { to: 'fouette-second-r', sec: 0.3 },
        { to: f.retire, sec: 0.6, turns: 1, ease: 'linear' },
        { to: 'fouette-second-r', sec: 0.3 },
        { to: f.retire, sec: 0.6, turns: 1, ease: 'linear' },
        { to: 'plie-fifth-r', sec: 0.45 },
        { to: 'fifth-r', sec: 0.8 },
      ],
    },
    chaines: {
      start: 'fifth-r',
      steps: [
        { to: f.chaine, sec: 0.3 },
        { to: f.chaine, sec: 2, turns: 4, ease: 'linear' },
        { to: 'plie-fifth-r', sec: 0.45 },
        { to: 'fifth-r', sec: 0.7 },
      ],
    },
    saut: {
      start: 'stand-first',
      steps: [
        { to: 'plie-first', sec: 0.5 },
        ...jump('plie-first', 'saut-air', 0.2, 0.3),
        ...jump('plie-first', 'saut-air', 0.2, 0.3),
        ...jump('plie-first', 'saut-air', 0.2, 0.3),
        { to: 'stand-first', sec: 0.6 },
      ],
    },
    'grand-jete': {
      start: 'fifth-r',
      steps: [
        { to: 'run-l', sec: 0.3, jumpM: 0.05 },
        { to: 'run-r', sec: 0.3, jumpM: 0.05 },
        { to: 'prep-fourth-l', sec: 0.3 },
        ...jump('arabesque-fondu-l', 'grand-jete-r', 0.32, 0.5),
        { to: 'arabesque-l', sec: 0.6 },
        { to: 'fifth-r', sec: 0.8 },
      ],
    },
    'tour-jete': {
      start: 'fifth-r',
      steps: [
        { to: 'run-l', sec: 0.3, jumpM: 0.05 },
        { to: 'prep-fourth-l', sec: 0.3 },
        { to: 'jete-brush-r', sec: 0.3, jumpM: 0.45, arc: [0, 0.45], turns: 0.25 },
        { to: 'tour-jete-air-r', sec: 0.2, jumpM: 0.45, arc: [0.45, 0.8], turns: 0.25 },
        { to: 'arabesque-fondu-l', sec: 0.12, jumpM: 0.45, arc: [0.8, 1] },
        { to: f.rise, sec: 0.6, turns: 0.5 },
        { to: 'fifth-r', sec: 0.7 },
      ],
    },
    reverence: {
      start: 'fifth-r',
      steps: [
        { to: 'reverence-open-r', sec: 1.2 },
        { to: gender === 'female' ? 'reverence-r' : 'bow-r', sec: 1.8 },
        { to: gender === 'female' ? 'reverence-r' : 'bow-r', sec: 0.8 },
        { to: 'fifth-r', sec: 1.6 },
      ],
    },
    bow: {
      start: 'stand-first',
      steps: [
        { to: gender === 'female' ? 'reverence-r' : 'bow-r', sec: 1.6 },
        { to: gender === 'female' ? 'reverence-r' : 'bow-r', sec: 0.8 },
        { to: 'stand-first', sec: 1.4 },
      ],
    },
  };
}
