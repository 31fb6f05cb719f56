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
  'both', 'first', 'next', 'last', 'second', 'finally', 'suddenly', 'together', 'neither',
  'either', 'poor', 'little', 'young', 'dear', 'somewhere', 'nobody', 'everybody', 'somebody',
]);

/** Words that make a capitalized sequence an institution or place, not a person. */
// prettier-ignore
export const PLACE_WORDS: ReadonlySet<string> = folded([
  'academy', 'ballet', 'theater', 'theatre', 'opera', 'school', 'company', 'conservatory', 'hall',
  'house', 'street', 'square', 'museum', 'orchestra', 'festival', 'church', 'cathedral', 'palace',
  'city', 'garden', 'park', 'river', 'lake', 'театр', 'академия', 'академии', 'училище', 'улица',
  'palais', 'danse', 'salle', 'teatro', 'club', 'ballroom', 'cafe', 'hotel', 'station', 'market',
  'bridge', 'harbour', 'harbor', 'bay', 'island', 'mountain', 'forest', 'woods', 'road', 'avenue',
]);

/** What kind of person a role noun names: who dances, who only teaches or watches. */
export type PersonKind = 'dancer' | 'character' | 'either';

/** A noun that names a person of the story ("the teacher", "her partner", "an old man"). */
export interface PersonNoun {
  gender?: Gender;
  kind: PersonKind;
  /** The display name's noun when it differs ("old man" keeps its adjective). */
}

const nouns = (kind: PersonKind, gender: Gender | undefined, words: string[]) =>
  words.map((w) => [foldWord(w), { kind, gender }] as const);

/** Role nouns of people, folded; adjectives before them ("old", "young") are kept in the name. */
// prettier-ignore
export const PERSON_NOUNS: ReadonlyMap<string, PersonNoun> = new Map<string, PersonNoun>([
  ...nouns('dancer', 'f', ['ballerina', 'prima', 'swan', 'балерина', 'балерины', 'балерине', 'балерину', 'балериной']),
  ...nouns('dancer', 'm', ['danseur', 'cavalier', 'prince', 'принц', 'принца', 'принцу', 'принцем']),
  ...nouns('dancer', undefined, ['partner', 'dancer', 'soloist', 'партнер', 'партнера', 'партнеру', 'партнером', 'танцовщик', 'танцовщица']),
  ...nouns('character', undefined, [
    'teacher', 'instructor', 'choreographer', 'pianist', 'accompanist', 'conductor', 'director',
    'stagehand', 'critic', 'coach', 'usher', 'janitor', 'caretaker', 'watchman', 'guard', 'doorman',
    'учитель', 'учительница', 'педагог', 'хореограф', 'пианист',
  ]),
  ...nouns('character', 'f', ['mistress', 'madame', 'grandmother', 'granny']),
  ...nouns('character', 'm', ['master', 'grandfather']),
  ...nouns('either', 'f', [
    'woman', 'girl', 'lady', 'mother', 'daughter', 'sister', 'wife', 'bride', 'queen', 'princess',
    'aunt', 'widow', 'maiden', 'niece', 'fiancee', 'heroine', 'witch', 'fairy', 'mermaid',
    'девушка', 'девочка', 'женщина',
  ]),
  ...nouns('either', 'm', [
    'man', 'boy', 'gentleman', 'father', 'son', 'brother', 'husband', 'groom', 'king', 'uncle',
    'hunter', 'soldier', 'sailor', 'fisherman', 'knight', 'nephew', 'fiance', 'hero', 'wizard',
    'шут', 'юноша', 'мужчина', 'мальчик', 'старик',
  ]),
  ...nouns('either', undefined, [
    'friend', 'stranger', 'child', 'student', 'pupil', 'lover', 'classmate', 'rival', 'clown',
    'jester', 'doll', 'puppet', 'ghost', 'twin', 'newcomer', 'visitor', 'traveler', 'traveller',
  ]),
]);

/** First names whose gender the -a ending would guess wrong, or that carry no ending at all. */
// prettier-ignore
export const NAME_GENDERS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...['marco', 'luca', 'nikita', 'sasha', 'misha', 'kolya', 'ilya', 'andrea', 'joshua', 'jonah',
    'paul', 'pierre', 'jean', 'louis', 'henri', 'tomas', 'thomas', 'david', 'daniel', 'james', 'john',
    'peter', 'michael', 'mikhail', 'ivan', 'dmitri', 'dmitry', 'sergei', 'sergey', 'alexei', 'alexander',
    'boris', 'oleg', 'igor', 'yuri', 'rudolf', 'mikhail', 'leo', 'felix', 'oscar', 'hugo', 'theo',
    'max', 'sam', 'ben', 'tom', 'jack', 'harry', 'george', 'william', 'arthur', 'albert', 'carlos',
    'diego', 'mateo', 'pablo', 'antonio', 'giovanni', 'paolo', 'matteo', 'lorenzo', 'kenji', 'hiro',
    'omar', 'ali', 'raj', 'arjun', 'siegfried', 'albrecht', 'romeo', 'basilio', 'franz', 'hans',
    'karl', 'erik', 'lars', 'nils', 'jonas', 'elias', 'noah', 'liam', 'ethan', 'adam', 'victor',
    'viktor', 'anton', 'roman', 'pavel', 'artem', 'maxim', 'kirill', 'stefan', 'marcus', 'julian',
    'дмитрий', 'иван', 'сергей', 'алексей', 'павел', 'никита', 'миша', 'саша', 'илья', 'андрей',
    'олег', 'борис', 'игорь', 'антон', 'максим', 'кирилл', 'артем', 'роман', 'петр', 'николай',
    'aurel', 'aurelien', 'rhys', 'pip', 'dario', 'leon', 'lorenzo', 'jakob', 'jacob', 'emil', 'emile',
    'florian', 'rafael', 'raphael', 'tobias', 'felix', 'henrik', 'oskar', 'oscar', 'mattis', 'matthias',
    'esteban', 'kasimir', 'casimir', 'frank', 'frederic', 'friedrich', 'gustav', 'anders', 'bjorn',
    'sven', 'olaf', 'axel', 'magnus', 'rolf', 'dieter', 'wolfgang', 'otto', 'walter', 'werner',
    'bruno', 'enzo', 'fabio', 'marcello', 'massimo', 'nico', 'nicolas', 'nicholas', 'sebastian',
    'sebastien', 'julien', 'laurent', 'lucien', 'gaston', 'andre', 'rene', 'claude', 'etienne',
    'yves', 'remy', 'bernard', 'gerard', 'alain', 'philippe', 'francois', 'jacques', 'marcel',
    'armand', 'escamillo', 'jose', 'juan', 'luis', 'miguel', 'manuel', 'rodrigo', 'alejandro',
    'fernando', 'ricardo', 'javier', 'sergio', 'hector', 'ramon', 'yusuf', 'ahmed', 'hassan',
    'karim', 'tariq', 'samir', 'amir', 'ravi', 'vikram', 'sanjay', 'kofi', 'kwame', 'chidi',
    'tomas', 'jan', 'piotr', 'pawel', 'marek', 'lukas', 'jonas', 'matthew', 'mark', 'luke',
    'andrew', 'robert', 'richard', 'charles', 'edward', 'henry', 'frederick', 'hugh', 'hugo',
    'owen', 'evan', 'ian', 'neil', 'colin', 'simon', 'patrick', 'sean', 'liam', 'connor', 'finn',
    'jasper', 'rupert', 'edmund', 'percy', 'teddy', 'toby', 'alfie', 'archie', 'ollie', 'oliver',
    'mateo', 'gabriel', 'benjamin', 'nathan', 'aaron', 'isaac', 'caleb', 'eli', 'levi', 'abel',
    'квазимодо', 'ромео', 'альберт', 'зигфрид', 'базиль', 'франц']
    .map((n) => [foldWord(n), 'm'] as [string, Gender]),
  ...['odette', 'odile', 'giselle', 'clara', 'marie', 'claire', 'chloe', 'zoe', 'ruth', 'esther',
    'isabel', 'isabelle', 'rachel', 'sarah', 'leah', 'miriam', 'hannah', 'ellen', 'helen', 'karen',
    'lily', 'lucy', 'amy', 'emily', 'ivy', 'grace', 'rose', 'margot', 'colette', 'juliet', 'juliette',
    'yuki', 'mei', 'aiko', 'noor', 'ingrid', 'astrid', 'sigrid', 'catherine', 'kathryn', 'anne',
    'elise', 'louise', 'madeleine', 'nadine', 'aurore', 'mathilde', 'beatrice', 'alice', 'jane',
    'susan', 'ann', 'kate', 'meg', 'beth', 'nell', 'june', 'dawn', 'eve', 'carmen', 'mercedes',
    'любовь', 'нинель', 'celia', 'rosalind', 'greta', 'sabine', 'fleur', 'liesl', 'ines', 'agnes',
    'lena', 'hester', 'ruth', 'edith', 'marthe', 'martha', 'hana', 'birgit', 'solveig', 'ottilie',
    'bea', 'beatrix', 'isabel', 'marisol', 'serafina', 'delphine', 'simone', 'yvette', 'paulette',
    'claire', 'margot', 'wren', 'noor', 'poppy', 'lucia', 'mira', 'nadia', 'sophie', 'sophia',
    'priya', 'ingrid', 'elsa', 'anna', 'elena', 'maria', 'olga', 'irina', 'katya', 'natasha',
    'tatiana', 'svetlana', 'ludmila', 'galina', 'vera', 'nina', 'alina', 'daria', 'dasha',
    'jeanne', 'genevieve', 'josephine', 'juliette', 'amelie', 'camille', 'celine', 'elodie',
    'helene', 'ines', 'lise', 'manon', 'odile', 'pauline', 'sylvie', 'veronique', 'brigitte',
    'mathilde', 'charlotte', 'emma', 'olivia', 'ava', 'mia', 'isla', 'ella', 'freya', 'harriet',
    'imogen', 'matilda', 'phoebe', 'scarlett', 'violet', 'willow', 'hazel', 'iris', 'ivy',
    'jade', 'pearl', 'ruby', 'daisy', 'holly', 'heather', 'fern', 'gwen', 'bronwen', 'megan',
    'sian', 'niamh', 'siobhan', 'aoife', 'maeve', 'orla', 'gretchen', 'heidi', 'ilse', 'liesel',
    'ursula', 'wilhelmina', 'yasmin', 'leila', 'layla', 'fatima', 'aisha', 'zara', 'amara',
    'nia', 'kiara', 'mei', 'lin', 'yuna', 'hina', 'sakura', 'carmen', 'dolores', 'pilar',
    'rocio', 'esperanza', 'guadalupe', 'consuelo', 'raquel', 'beatriz', 'ines', 'ana', 'paula',
    'giulia', 'chiara', 'francesca', 'alessandra', 'valentina', 'aurora', 'bianca', 'gemma',
    'esmeralda', 'aurore', 'giselle', 'kitri', 'clara', 'masha', 'катя', 'анна', 'вера', 'маша']
    .map((n) => [foldWord(n), 'f'] as [string, Gender]),
]);

/** Verbs of people who speak, teach, watch or applaud: what a non-dancing character does. */
// prettier-ignore
export const CHARACTER_VERBS: ReadonlySet<string> = folded([
  'say', 'said', 'says', 'tell', 'told', 'call', 'shout', 'whisper', 'murmur', 'ask', 'answer',
  'reply', 'correct', 'count', 'clap', 'applaud', 'nod', 'watch', 'observe', 'sigh', 'frown',
  'smile', 'laugh', 'cry', 'shake', 'tap', 'snap', 'play', 'sat', 'sit', 'teach', 'taught',
  'instruct', 'warn', 'remind', 'insist', 'demand', 'explain', 'praise', 'scold', 'cheer', 'mutter',
  'sang', 'sing', 'hum', 'beam', 'grin', 'wept', 'weep', 'look', 'stare', 'gaze', 'listen',
  'сказал', 'сказала', 'крикнул', 'крикнула', 'смотрел', 'смотрела', 'хлопал', 'хлопала',
]);

/** Object pronouns: a word a verb is done to, never its doer. */
export const OBJECT_PRONOUNS: ReadonlySet<string> = folded([
  'him',
  'them',
  'me',
  'us',
  'его',
  'ее',
  'ему',
  'ей',
  'их',
  'им',
  'него',
  'нее',
  'ним',
  'ней',
]);

/** Subject pronouns of a plural: what follows is done together. */
export const PLURAL_SUBJECTS: ReadonlySet<string> = folded([
  'they',
  'we',
  'both',
  'они',
  'оба',
  'обе',
]);
