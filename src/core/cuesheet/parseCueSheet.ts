import type { CueSheet } from './schema';
import { GROUP_SUBJECTS, MAX_CHARACTERS, MAX_DANCERS, MAX_SHOW_SEC, dances } from './vocabulary';
import { migrateCueSheet } from './migrateCueSheet';
import { cueSheetSchema } from './schema';

/** The outcome of reading a cue sheet: the sheet, or one message per problem. */
export type ParseResult = { ok: true; sheet: CueSheet } | { ok: false; errors: string[] };

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  values?: unknown[];
  minimum?: unknown;
  maximum?: unknown;
  input?: unknown;
}

/** Writes a JSON path the way people read it: `beats[3].camera.shot`. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
    )
    .join('');
}

function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is missing (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${JSON.stringify(issue.input) ?? typeof issue.input}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `expected at least ${String(issue.minimum)}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return issue.message;
    default:
      return issue.message === 'Invalid input' ? `is invalid (${issue.code})` : issue.message;
  }
}

/** Checks what the schema cannot: references between fields. */
function crossCheck(sheet: CueSheet): string[] {
  const errors: string[] = [];
  const castIds = new Set(sheet.cast.map((member) => member.id));
  const subjects = new Set<string>([...castIds, ...GROUP_SUBJECTS]);
  const dancing = sheet.cast.filter((m) => dances(m.role)).length;
  if (dancing < 1 || dancing > MAX_DANCERS)
    errors.push(`cast: expected 1 to ${MAX_DANCERS} dancers, got ${dancing}`);
  if (sheet.cast.length - dancing > MAX_CHARACTERS)
    errors.push(`cast: expected at most ${MAX_CHARACTERS} characters`);
  if (castIds.size < sheet.cast.length) errors.push('cast: two members share an id');
  const endSec = sheet.beats.reduce((end, b) => Math.max(end, b.startSec + b.durationSec), 0);
  if (endSec > MAX_SHOW_SEC) errors.push(`beats: the show runs past ${MAX_SHOW_SEC} s`);
  sheet.beats.forEach((beat, i) => {
    const at = `beats[${i}]`;
    if (beat.kind === 'story' && !beat.span) errors.push(`${at}.span: a story beat needs a span`);
    if (beat.index !== i) errors.push(`${at}.index: expected ${i}, got ${beat.index}`);
    if (beat.span && beat.span[1] < beat.span[0]) errors.push(`${at}.span: end comes before start`);
    if (!subjects.has(beat.camera.subject)) {
      errors.push(
        `${at}.camera.subject: expected a cast id or pair/ensemble/stage/audience, got "${beat.camera.subject}"`,
      );
    }
    beat.lights.follow.forEach((followId, j) => {
      if (!castIds.has(followId))
        errors.push(`${at}.lights.follow[${j}]: "${followId}" is not in the cast`);
    });
    beat.dancers.forEach((dancer, j) => {
      if (!castIds.has(dancer.id))
        errors.push(`${at}.dancers[${j}].id: "${dancer.id}" is not in the cast`);
    });
  });
  return errors;
}

/** Reads a cue sheet (version 2, or an older one migrated) from JSON text or a parsed value; every error names its JSON path. */
export function parseCueSheet(input: unknown): ParseResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { ok: false, errors: [`(root): not valid JSON (${(error as Error).message})`] };
    }
  }
  const result = cueSheetSchema.safeParse(migrateCueSheet(value), { reportInput: true });
  if (!result.success) {
    const issues = result.error.issues as unknown as Issue[];
    return {
      ok: false,
      errors: issues.map((issue) => `${formatPath(issue.path)}: ${describe(issue)}`),
    };
  }
  const sheet = result.data as CueSheet;
  const errors = crossCheck(sheet);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, sheet };
}

/** Writes a cue sheet as pretty JSON, the format the CLI prints and the editor exports. */
export function serializeCueSheet(sheet: CueSheet): string {
  return `${JSON.stringify(sheet, null, 2)}\n`;
}
