/** Version 1's two performers, as version 2 casts them (DESIGN.md). */
const V1_ROLES: Readonly<Record<string, { role: string; gender: string }>> = {
  ballerina: { role: 'lead', gender: 'female' },
  partner: { role: 'partner', gender: 'male' },
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Lifts an older cue sheet to the current version, leaving anything else untouched for the
 * schema to judge: v1's `ballerina` becomes a female `lead`, `partner` a male `partner`, and
 * every beat a `story` beat (mood `calm`, which v1 did not record).
 */
export function migrateCueSheet(value: unknown): unknown {
  if (!isRecord(value) || value.version !== 1) return value;
  const cast = Array.isArray(value.cast)
    ? value.cast.map((m: unknown) =>
        isRecord(m) && typeof m.role === 'string' && V1_ROLES[m.role]
          ? { ...m, ...V1_ROLES[m.role] }
          : m,
      )
    : value.cast;
  const beats = Array.isArray(value.beats)
    ? value.beats.map((b: unknown) => (isRecord(b) ? { kind: 'story', mood: 'calm', ...b } : b))
    : value.beats;
  return { ...value, version: 2, cast, beats };
}
