import type { CastOverride } from '../../core';
import type { StoryOptions } from './storyOptions';

/**
 * The last story a visitor staged: its text with how it was staged and, for a story small enough
 * to restore before the first frame, the cue sheet built from it (checked again on restore); or
 * the cue sheet JSON they imported.
 */
export type StoredStory =
  | ({ kind: 'text'; text: string; sheet?: unknown } & StoryOptions)
  | { kind: 'sheet'; json: string };

/** The localStorage key of the last story (versioned so a format change can ignore old values). */
export const STORY_KEY = 'proscenium.story.v1';

/** The part of Storage this module uses, so tests can pass a fake. */
export type StoryStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

type Stored = Partial<Record<keyof StoryOptions | 'kind' | 'text' | 'json' | 'sheet', unknown>>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The parts of a stored text story that are what they claim; anything else is left out. */
function readTextStory(value: Stored & { text: string }): StoredStory {
  const story: StoredStory = { kind: 'text', text: value.text };
  if (Array.isArray(value.overrides) && value.overrides.length > 0) {
    story.overrides = value.overrides as StoryOptions['overrides'];
  }
  const corrections = Array.isArray(value.castOverrides)
    ? value.castOverrides.filter((c) => isObject(c) && typeof c.id === 'string')
    : [];
  if (corrections.length > 0) story.castOverrides = corrections as CastOverride[];
  if (typeof value.prologue === 'boolean') story.prologue = value.prologue;
  if (typeof value.epilogue === 'boolean') story.epilogue = value.epilogue;
  if (isObject(value.sheet)) story.sheet = value.sheet;
  return story;
}

/** Reads the last story, or null when there is none or what is stored is not a story. */
export function readStoredStory(storage: StoryStorage | undefined): StoredStory | null {
  try {
    const raw = storage?.getItem(STORY_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Stored;
    if (value.kind === 'text' && typeof value.text === 'string') {
      return readTextStory({ ...value, text: value.text });
    }
    if (value.kind === 'sheet' && typeof value.json === 'string') {
      return { kind: 'sheet', json: value.json };
    }
    return null;
  } catch {
    return null;
  }
}

/** Stores one value; false when storage refuses it. */
function trySet(storage: StoryStorage, story: StoredStory): boolean {
  try {
    storage.setItem(STORY_KEY, JSON.stringify(story));
    return true;
  } catch {
    return false;
  }
}

/**
 * Keeps the story for the next visit; a built sheet that does not fit is left out (the text is
 * rebuilt instead); false (and nothing stale kept) when storage refuses even the text.
 */
export function writeStoredStory(storage: StoryStorage | undefined, story: StoredStory): boolean {
  if (!storage) return false;
  if (trySet(storage, story)) return true;
  if (story.kind === 'text' && story.sheet !== undefined) {
    if (trySet(storage, { ...story, sheet: undefined })) return true;
  }
  // Over quota (a huge imported sheet) or storage disabled: never restore an older story instead.
  clearStoredStory(storage);
  return false;
}

/** Forgets the stored story (after it failed to build). */
export function clearStoredStory(storage: StoryStorage | undefined): void {
  try {
    storage?.removeItem(STORY_KEY);
  } catch {
    // Nothing to forget when storage is unusable.
  }
}

/** The page's localStorage, or undefined where it is blocked (private modes, sandboxed frames). */
export function browserStorage(): StoryStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
