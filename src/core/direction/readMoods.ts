import type { Mood } from '../cuesheet/vocabulary';
import type { Token } from './tokenize';

/** Word stems that color a beat's mood (folded; a stem matches any word it begins). */
// prettier-ignore
const MOOD_STEMS: Readonly<Record<Mood, readonly string[]>> = {
  calm: ['calm', 'quiet', 'peace', 'serene', 'hush', 'soft', 'dawn', 'morning', 'slept',
    'sleep', 'rest', 'тих', 'спокой'],
  tender: ['tender', 'gentl', 'love', 'lover', 'kiss', 'waltz', 'reached for', 'arm in arm', 'knee', 'embrac', 'caress', 'heart', 'sweet',
    'dream', 'hand in hand', 'warmth', 'fond', 'longing', 'нежн', 'любов', 'любил', 'поцел'],
  joyous: ['joy', 'laugh', 'delight', 'happ', 'merr', 'playful', 'giggl', 'grin', 'bright',
    'spark', 'hopp', 'hopped', 'polka', 'prize', 'carnival', 'cheer', 'fun', 'glee', 'bounc', 'skip', 'celebrat', 'wedding', 'festiv',
    'радост', 'смея', 'смех', 'весел'],
  tense: ['fear', 'afraid', 'tens', 'sudden', 'storm', 'danger', 'trembl', 'anxi', 'nervous',
    'dread', 'pound', 'threat', 'rage', 'anger', 'angr', 'fury', 'chase', 'wary',
    'snapp', 'scream', 'glare', 'circled', 'duel', 'sword', 'rival', 'warn', 'wolf', 'storm',
    'slipped', 'slipping', 'stumbl', 'shak', 'fled', 'fleeing', 'flees', 'escap', 'panic', 'scream', 'страх', 'гнев', 'дрож'],
  tragic: ['death', 'dead', 'die', 'died', 'dying', 'tear', 'wept', 'weep', 'grief', 'griev',
    'left alone', 'farewell', 'lost', 'sorrow', 'mourn', 'despair', 'broken', 'funeral', 'grave',
    'never again', 'lifeless', 'darkness', 'fell dead', 'sank to the floor', 'went out', 'кончин', 'смерт', 'умер', 'слез', 'горе',
    'одиноч', 'один', 'прощ'],
  triumphant: ['triumph', 'victor', 'glory', 'glori', 'ovation', 'bravo', 'soar', 'proud',
    'applau', 'exult', 'crown', 'won', 'champion', 'торжеств', 'триумф', 'аплод'],
};

const WEIGHTS: Readonly<Partial<Record<Mood, number>>> = { tragic: 1.3 };

/** Single-word stems indexed by their first two letters; phrases apart (checked on the beat's words). */
const STEMS_BY_START = new Map<string, [string, Mood][]>();
const PHRASES: [string, Mood][] = [];
for (const [m, stems] of Object.entries(MOOD_STEMS) as [Mood, readonly string[]][]) {
  for (const stem of stems) {
    if (stem.includes(' ')) {
      PHRASES.push([stem, m]);
      continue;
    }
    const key = stem.slice(0, 2);
    const list = STEMS_BY_START.get(key) ?? [];
    list.push([stem, m]);
    STEMS_BY_START.set(key, list);
  }
}

/** Steps that color a beat with no mood words: leaps and spins are joyous, partnering tender. */
const STEP_MOODS: Readonly<Record<string, Mood>> = {
  'lexicon.jump': 'joyous',
  'lexicon.turn': 'joyous',
  'lexicon.partnered': 'tender',
  'mood.figurative-partnered': 'tender',
  'mood.tender': 'tender',
};

/** Beats a mood outlasts its words before the steps color it again. */
const CARRY_BEATS = 2;

/**
 * Each beat's mood and the words that chose it. A beat with no mood words keeps the mood before
 * it for a while, then takes the color of its steps (or calm).
 */
export function readMoods(
  tokens: Token[][],
  rules: readonly (readonly string[])[] = [],
): { mood: Mood; words: string[] }[] {
  let mood: Mood = 'calm';
  let since = 0;
  return tokens.map((list, b) => {
    const scores = new Map<Mood, number>();
    const words: string[] = [];
    const hit = (m: Mood, raw: string): void => {
      scores.set(m, (scores.get(m) ?? 0) + (WEIGHTS[m] ?? 1));
      words.push(raw);
    };
    for (const t of list) {
      for (const [stem, m] of STEMS_BY_START.get(t.word.slice(0, 2)) ?? []) {
        if (t.word.startsWith(stem)) hit(m, t.raw);
      }
    }
    if (PHRASES.length > 0 && list.length > 1) {
      const text = ` ${list.map((t) => t.word).join(' ')} `;
      for (const [phrase, m] of PHRASES) if (text.includes(` ${phrase}`)) hit(m, phrase);
    }
    let best: Mood | undefined;
    for (const [m, score] of scores) if (!best || score > (scores.get(best) ?? 0)) best = m;
    if (best) {
      mood = best;
      since = 0;
    } else if (++since > CARRY_BEATS) {
      const stepMood = (rules[b] ?? []).map((r) => STEP_MOODS[r]).find((m) => m !== undefined);
      mood = stepMood ?? (mood === 'tragic' || mood === 'tense' ? mood : 'calm');
    }
    return { mood, words };
  });
}
