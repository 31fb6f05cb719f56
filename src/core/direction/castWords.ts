import { foldWord } from './tokenize';

const folded = (words: string[]): ReadonlySet<string> => new Set(words.map(foldWord));

/** Gender a pronoun points to: the director casts a story's people by it. */
export type Gender = 'f' | 'm';

/** Pronouns by the gender they point to (folded: её → ее). */
export const PRONOUNS: Readonly<Record<string, Gender>> = Object.fromEntries([
  ...['she', 'her', 'hers', 'herself', 'она', 'ее', 'ей', 'нее', 'ней', 'ею'].map((w) => [
    foldWord(w),
    'f',
  ]),
  ...['he', 'him', 'his', 'himself', 'он', 'его', 'ему', 'него', 'нему', 'ним', 'нем'].map((w) => [
    foldWord(w),
    'm',
  ]),
]) as Record<string, Gender>;

/** Pronouns that are the subject of a clause: the best evidence of a name's gender. */
export const SUBJECT_PRONOUNS: Readonly<Record<string, Gender>> = Object.fromEntries([
  ...['she', 'herself', 'она'].map((w) => [foldWord(w), 'f']),
  ...['he', 'himself', 'он'].map((w) => [foldWord(w), 'm']),
]) as Record<string, Gender>;

/** Words that put both dancers in a beat. */
export const PLURAL_WORDS: ReadonlySet<string> = folded([
  'they',
  'them',
  'their',
  'theirs',
  'themselves',
  'both',
  'couple',
  'pair',
  'duet',
  'они',
  'их',
  'им',
  'оба',
  'обе',
  'вместе',
  'дуэт',
]);

/** Role nouns that name the second dancer when the story gives no second name. */
export const PARTNER_ROLES: ReadonlySet<string> = folded([
  'partner',
  'prince',
  'danseur',
  'cavalier',
  'suitor',
  'партнер',
  'партнера',
  'партнеру',
  'партнером',
  'принц',
  'принца',
  'принцу',
  'кавалер',
  'кавалера',
]);

/** Role nouns that name the lead. */
export const LEAD_ROLES: ReadonlySet<string> = folded([
  'ballerina',
  'prima',
  'балерина',
  'балерины',
  'балерине',
  'балерину',
  'балериной',
]);

/** Capitalized words that are not people: function words, demonyms, institutions. */
// prettier-ignore
export const NOT_NAMES: ReadonlySet<string> = folded([
  'the', 'a', 'an', 'as', 'but', 'and', 'or', 'in', 'on', 'at', 'it', 'its', 'from', 'for', 'with',
  'when', 'then', 'there', 'this', 'that', 'these', 'those', 'her', 'his', 'she', 'he', 'they',
  'their', 'i', 'we', 'you', 'my', 'our', 'once', 'after', 'before', 'while', 'yet', 'so', 'if',
  'god', 'mr', 'mrs', 'ms', 'miss', 'madame', 'monsieur', 'sir', 'lady', 'lord', 'act', 'scene',
  'russian', 'french', 'italian', 'english', 'american', 'german', 'spanish', 'british', 'soviet',
  'european', 'cuban', 'chinese', 'japanese', 'parisian', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'christmas', 'она',
  'он', 'они', 'и', 'но', 'а', 'в', 'на', 'когда', 'потом', 'тогда', 'это', 'как', 'все',
  'later', 'now', 'here', 'soon', 'still', 'only', 'every', 'each', 'all', 'some', 'no', 'not',
  'what', 'who', 'how', 'why', 'where', 'one', 'two', 'by', 'of', 'to', 'up', 'out', 'yes', 'oh',
  'ah', 'tonight', 'today', 'tomorrow', 'yesterday', 'meanwhile', 'outside', 'inside', 'above',
  'below', 'behind', 'beneath', 'during', 'until', 'since', 'though', 'although', 'because',
  'perhaps', 'maybe', 'even', 'just', 'never', 'always', 'again', 'at', 'into', 'like', 'over',
]);

/** Words that make a capitalized sequence an institution or place, not a person. */
// prettier-ignore
export const PLACE_WORDS: ReadonlySet<string> = folded([
  'academy', 'ballet', 'theater', 'theatre', 'opera', 'school', 'company', 'conservatory', 'hall',
  'house', 'street', 'square', 'museum', 'orchestra', 'festival', 'church', 'cathedral', 'palace',
  'city', 'garden', 'park', 'river', 'lake', 'театр', 'академия', 'академии', 'училище', 'улица',
]);
