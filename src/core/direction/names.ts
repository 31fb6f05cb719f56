const CYRILLIC: Readonly<Record<string, string>> = Object.fromEntries(
  'а:a б:b в:v г:g д:d е:e ж:zh з:z и:i к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ъ: ы:y ь: э:e ю:yu я:ya й:i ё:e'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** A lowercase ASCII slug of a name ("Valentina" → "valentina", "Анна" → "anna"). */
export function slugOf(word: string): string {
  const latin = [...word.toLowerCase()].map((ch) => CYRILLIC[ch] ?? ch).join('');
  const slug = latin
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'dancer';
}

/** The part of a name that survives case endings (Анна, Анны, Анной → анн); Latin names stay whole. */
export function nameKey(word: string): string {
  if (!/[а-я]/.test(word)) return word;
  const stem = word.replace(/(ом|ем|ой|ей|ою|ью|[аяеиоуыюйь])$/, '');
  return stem.length >= 3 ? stem : word;
}
