import { describe, expect, it } from 'vitest';
import { parseCueSheet } from '../../../../src/core';
import {
  clearStoredStory,
  readStoredStory,
  STORY_KEY,
  writeStoredStory,
  type StoryStorage,
} from '../../../../src/ui/editor/storyStorage';
import { makeSheet } from './makeSheet';

function fakeStorage(quotaChars = Infinity): StoryStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      if (value.length > quotaChars) throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
}

describe('story storage', () => {
  it('round-trips a text story and a cue sheet', () => {
    const storage = fakeStorage();
    expect(writeStoredStory(storage, { kind: 'text', text: 'She dances.' })).toBe(true);
    expect(readStoredStory(storage)).toEqual({ kind: 'text', text: 'She dances.' });
    writeStoredStory(storage, { kind: 'sheet', json: '{"version":1}' });
    expect(readStoredStory(storage)).toEqual({ kind: 'sheet', json: '{"version":1}' });
    clearStoredStory(storage);
    expect(readStoredStory(storage)).toBeNull();
  });

  it('keeps the hand edits staged with a text story', () => {
    const storage = fakeStorage();
    const story = {
      kind: 'text' as const,
      text: 'She dances.',
      overrides: [{ text: 'She dances.', camera: { shot: 'overhead' as const } }],
    };
    writeStoredStory(storage, story);
    expect(readStoredStory(storage)).toEqual(story);
    storage.data.set(STORY_KEY, JSON.stringify({ kind: 'text', text: 'x', overrides: 'no' }));
    expect(readStoredStory(storage)).toEqual({ kind: 'text', text: 'x' });
  });

  it('ignores what is not a stored story', () => {
    const storage = fakeStorage();
    for (const junk of ['not json', '{"kind":"text","text":5}', '[]', '{"kind":"video"}']) {
      storage.data.set(STORY_KEY, junk);
      expect(readStoredStory(storage)).toBeNull();
    }
    expect(readStoredStory(undefined)).toBeNull();
  });

  it('round-trips a text story with how it was staged and the sheet built from it', () => {
    const storage = fakeStorage();
    const text = 'Ada dances.\n\nTom watches.';
    const story = {
      kind: 'text' as const,
      text,
      castOverrides: [{ id: 'tom', name: 'Thomas', gender: 'male' as const }],
      prologue: true,
      epilogue: false,
      sheet: makeSheet(text, { prologue: true }),
    };
    expect(writeStoredStory(storage, story)).toBe(true);
    const read = readStoredStory(storage);
    expect(read).toEqual(story);
    // What comes back is a sheet again, not just JSON-shaped.
    expect(read?.kind === 'text' && parseCueSheet(read.sheet).ok).toBe(true);
  });

  it('leaves out stored staging fields that are not what they claim', () => {
    const storage = fakeStorage();
    storage.data.set(
      STORY_KEY,
      JSON.stringify({
        kind: 'text',
        text: 'x',
        castOverrides: [{ name: 'no id' }, { id: 'ada', role: 'lead' }],
        prologue: 'yes',
        epilogue: null,
        sheet: 'not a sheet',
      }),
    );
    expect(readStoredStory(storage)).toEqual({
      kind: 'text',
      text: 'x',
      castOverrides: [{ id: 'ada', role: 'lead' }],
    });
  });

  it('keeps the text (and its staging) when the sheet beside it does not fit', () => {
    const storage = fakeStorage(400);
    const text = 'Ada dances.';
    const castOverrides = [{ id: 'ada', name: 'Adele' }];
    const sheet = makeSheet(text);
    expect(JSON.stringify(sheet).length).toBeGreaterThan(400);
    expect(writeStoredStory(storage, { kind: 'text', text, castOverrides, sheet })).toBe(true);
    expect(readStoredStory(storage)).toEqual({ kind: 'text', text, castOverrides });
  });

  it('forgets the older story when a new one is over quota', () => {
    const storage = fakeStorage(100);
    writeStoredStory(storage, { kind: 'text', text: 'short' });
    expect(writeStoredStory(storage, { kind: 'text', text: 'x'.repeat(500) })).toBe(false);
    expect(readStoredStory(storage)).toBeNull();
  });
});
