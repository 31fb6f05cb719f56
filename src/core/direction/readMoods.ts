import type { Mood } from '../cuesheet/vocabulary';
import type { Token } from './tokenize';

/** Word stems that color a beat's mood (folded; a stem matches any word it begins). */
// prettier-ignore
const MOOD_STEMS: Readonly<Record<Mood, readonly string[]>> = {
  calm: ['calm', 'quiet', 'peace', 'serene', 'hush', 'soft', 'dawn', 'morning', 'slept',
    'sleep', 'rest', 'тих', 'спокой'],
  tender: ['tender', 'gentl', 'love', 'lover', 'kiss', 'embrac', 'caress', 'heart', 'sweet',
    'dream', 'hand in hand', 'warmth', 'fond', 'longing', 'нежн', 'любов', 'любил', 'поцел'],
  joyous: ['joy', 'laugh', 'delight', 'happ', 'merr', 'playful', 'giggl', 'grin', 'bright',
    'spark', 'cheer', 'fun', 'glee', 'bounc', 'skip', 'celebrat', 'wedding', 'festiv',
    'радост', 'смея', 'смех', 'весел'],
  tense: ['fear', 'afraid', 'tens', 'sudden', 'storm', 'danger', 'trembl', 'anxi', 'nervous',
    'dread', 'pound', 'shadow', 'threat', 'rage', 'anger', 'angr', 'fury', 'chase', 'hunt',
    'slipp', 'stumbl', 'panic', 'scream', 'страх', 'гнев', 'дрож'],
  tragic: ['death', 'dead', 'die', 'died', 'dying', 'tear', 'wept', 'weep', 'grief', 'griev',
    'alone', 'farewell', 'lost', 'sorrow', 'mourn', 'despair', 'broken', 'funeral', 'grave',
    'never again', 'lifeless', 'darkness', 'кончин', 'смерт', 'умер', 'слез', 'горе',
    'одиноч', 'один', 'прощ'],
  triumphant: ['triumph', 'victor', 'glory', 'glori', 'ovation', 'bravo', 'soar', 'proud',
    'applau', 'exult', 'crown', 'won', 'champion', 'торжеств', 'триумф', 'аплод'],
};

const WEIGHTS: Readonly<Partial<Record<Mood, number>>> = { tragic: 1.3, tense: 1.1 };

/** Each beat's mood and the words that chose it; a beat with no mood words keeps the mood before it. */
export function readMoods(tokens: Token[][]): { mood: Mood; words: string[] }[] {
  let mood: Mood = 'calm';
  return tokens.map((list) => {
    const scores = new Map<Mood, number>();
    const words: string[] = [];
    for (const t of list) {
      for (const [m, stems] of Object.entries(MOOD_STEMS) as [Mood, readonly string[]][]) {
        if (stems.some((s) => t.word.startsWith(s))) {
          scores.set(m, (scores.get(m) ?? 0) + (WEIGHTS[m] ?? 1));
          words.push(t.raw);
        }
      }
    }
    let best: Mood | undefined;
    for (const [m, score] of scores) if (!best || score > (scores.get(best) ?? 0)) best = m;
    if (best) mood = best;
    return { mood, words };
  });
}
