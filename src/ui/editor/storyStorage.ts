import type { BeatOverride } from '../../core';

/** The last story a visitor staged: its text (and the hand edits it kept), or the cue sheet JSON they imported. */
export type StoredStory =
  { kind: 'text'; text: string; overrides?: BeatOverride[] } | { kind: 'sheet'; json: string };

/** The localStorage key of the last story (versioned so a format change can ignore old values). */
export const STORY_KEY = 'proscenium.story.v1';

/** The part of Storage this module uses, so tests can pass a fake. */
export type StoryStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Reads the last story, or null when there is none or what is stored is not a story. */
export function readStoredStory(storage: StoryStorage | undefined): StoredStory | null {
  try {
    const raw = storage?.getItem(STORY_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<{
      kind: string;
      text: unknown;
      json: unknown;
      overrides: unknown;
    }>;
    if (value.kind === 'text' && typeof value.text === 'string') {
      return Array.isArray(value.overrides) && value.overrides.length > 0
        ? { kind: 'text', text: value.text, overrides: value.overrides as BeatOverride[] }
        : { kind: 'text', text: value.text };
    }
    if (value.kind === 'sheet' && typeof value.json === 'string') {
      return { kind: 'sheet', json: value.json };
    }
    return null;
  } catch {
    return null;
  }
}

/** Keeps the story for the next visit; false (and nothing stale kept) when storage refuses it. */
export function writeStoredStory(storage: StoryStorage | undefined, story: StoredStory): boolean {
  if (!storage) return false;
  try {
    storage.setItem(STORY_KEY, JSON.stringify(story));
    return true;
  } catch {
    // Over quota (a huge imported sheet) or storage disabled: never restore an older story instead.
    try {
      storage.removeItem(STORY_KEY);
    } catch {
      // Storage is unusable; the next visit starts from the seed story.
    }
    return false;
  }
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
