import { LEAD_ROLES, PARTNER_ROLES, PLURAL_WORDS, PRONOUNS, type Gender } from './castWords';
import { nameKey } from './names';
import type { CastReading } from './detectCast';
import type { Token } from './tokenize';

/** Who a beat is about. */
export interface BeatSubjects {
  /** Cast ids in the order the beat mentions them. */
  mentioned: string[];
  /** The first person mentioned: the one the beat's verbs most likely belong to. */
  agent: string | undefined;
  /** "they", "their", "both", or both dancers named. */
  pair: boolean;
  /** A plural word ("they", "both", "вместе") was used: what follows is done together. */
  plural: boolean;
  /** Each mention in order, with its token index, to tell whose verb is whose. */
  mentions: { id: string; token: number }[];
  /** The words that named them, for `why`. */
  words: string[];
}

/** Resolves names, role nouns and pronouns to cast ids, beat by beat; a pronoun follows the last named person of its gender. */
export function detectSubjects(tokens: Token[][], reading: CastReading): BeatSubjects[] {
  const [lead, partner] = reading.cast;
  const last: Partial<Record<Gender, string>> = {};
  const genderOf = (id: string): Gender => reading.genders[id] ?? 'f';
  last[genderOf(lead.id)] = lead.id;
  if (genderOf(partner.id) !== genderOf(lead.id)) last[genderOf(partner.id)] = partner.id;
  return tokens.map((list) => {
    const mentioned: string[] = [];
    const mentions: { id: string; token: number }[] = [];
    const words: string[] = [];
    let pair = false;
    let plural = false;
    let at = 0;
    const mention = (id: string, raw: string): void => {
      if (!mentioned.includes(id)) mentioned.push(id);
      mentions.push({ id, token: at });
      words.push(raw);
      last[genderOf(id)] = id;
    };
    list.forEach((t, i) => {
      at = i;
      const named = reading.names.get(nameKey(t.word)) ?? reading.names.get(t.word);
      if (named) return mention(named, t.raw);
      if (PARTNER_ROLES.has(t.word)) return mention(partner.id, t.raw);
      if (LEAD_ROLES.has(t.word)) return mention(lead.id, t.raw);
      if (PLURAL_WORDS.has(t.word)) {
        pair = true;
        plural = true;
        words.push(t.raw);
        return;
      }
      const g = PRONOUNS[t.word];
      // "her partner": the possessive belongs to the role noun that follows.
      const next = list[i + 1];
      if (!g || (next && PARTNER_ROLES.has(next.word))) return;
      const id = last[g];
      if (id) mention(id, t.raw);
    });
    if (mentioned.length > 1) pair = true;
    return { mentioned, agent: mentioned[0], pair, plural, mentions, words };
  });
}
