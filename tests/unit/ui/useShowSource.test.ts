// @vitest-environment jsdom
import { act, createElement, useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createShow, parseCueSheet } from '../../../src/core';
import { readStoredStory, STORY_KEY } from '../../../src/ui/editor/storyStorage';
import { useShowSource, type ShowSeed, type ShowSource } from '../../../src/ui/useShowSource';
import { makeSheet } from './editor/makeSheet';
import { renderInDom } from './renderInDom';

// The director stands in, so a test sees every time it is asked to direct.
vi.mock('../../../src/core', async (importOriginal) => {
  const core = await importOriginal<typeof import('../../../src/core')>();
  const { makeSheet: fake } = await import('./editor/makeSheet');
  return { ...core, createShow: vi.fn(fake) };
});

const directed = vi.mocked(createShow);
const seed: ShowSeed = {
  text: 'The seed story.',
  sheetJson: JSON.stringify(makeSheet('The seed story.', { title: 'Seed show' })),
};
const story = 'Ada dances.\n\nTom watches.';
const castOverrides = [{ id: 'tom', name: 'Thomas', role: 'soloist' as const }];

let latest: ShowSource | null = null;
let unmount: (() => void) | null = null;

function Probe({ from, report }: { from: ShowSeed; report: (source: ShowSource) => void }) {
  const source = useShowSource(from);
  useEffect(() => report(source));
  return null;
}

/** Mounts the hook as the page does on load, and returns the show it starts with. */
function mount(): ShowSource {
  const report = (source: ShowSource) => {
    latest = source;
  };
  unmount = renderInDom(createElement(Probe, { from: seed, report })).unmount;
  return source();
}

function source(): ShowSource {
  if (!latest) throw new Error('not mounted');
  return latest;
}

/** Lets timers, the inline build and React's updates run until `check` passes. */
const eventually = (check: () => void) =>
  vi.waitFor(async () => {
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    check();
  });

beforeEach(() => {
  localStorage.clear();
  directed.mockClear();
});

afterEach(() => {
  unmount?.();
  unmount = null;
  latest = null;
});

describe('useShowSource before the first frame', () => {
  it('starts from the prebuilt seed sheet, never directing', async () => {
    const first = mount();
    expect(first.sheet.title).toBe('Seed show');
    expect(first.text).toBe(seed.text);
    expect(first.timeline.beats).toHaveLength(first.sheet.beats.length);
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    expect(directed).not.toHaveBeenCalled();
  });

  it('restores a returning visitor’s story from its stored sheet, never directing', async () => {
    const sheet = makeSheet(story, { title: 'Stored show', castOverrides, prologue: true });
    const stored = { kind: 'text', text: story, castOverrides, prologue: true, sheet };
    localStorage.setItem(STORY_KEY, JSON.stringify(stored));
    const first = mount();
    expect(first.sheet.title).toBe('Stored show');
    expect(first.text).toBe(story);
    expect(first.options).toEqual({ castOverrides, prologue: true });
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    expect(directed).not.toHaveBeenCalled();
  });

  it('rebuilds from the text after the first frame when the stored sheet no longer parses', async () => {
    const stored = {
      kind: 'text',
      text: story,
      castOverrides,
      prologue: true,
      sheet: { version: 9 },
    };
    localStorage.setItem(STORY_KEY, JSON.stringify(stored));
    const first = mount();
    expect(first.sheet.title).toBe('Seed show');
    expect(directed).not.toHaveBeenCalled();
    await eventually(() => expect(source().text).toBe(story));
    expect(directed).toHaveBeenCalledTimes(1);
    expect(directed.mock.calls[0]).toEqual([
      story,
      expect.objectContaining({ castOverrides, prologue: true }),
    ]);
    // The fresh sheet is stored, so the next visit restores without directing.
    await eventually(() => {
      const again = readStoredStory(localStorage);
      expect(again?.kind === 'text' && parseCueSheet(again.sheet).ok).toBe(true);
    });
  });
});

describe('a story staged with corrections', () => {
  it('is stored with its sheet and staging, and the next visit restores it all without directing', async () => {
    mount();
    await act(() =>
      source()
        .loadText(story, { castOverrides, epilogue: false })
        .then(() => undefined),
    );
    expect(directed).toHaveBeenCalledTimes(1);
    expect(source().options).toEqual({ castOverrides, epilogue: false });
    await eventually(() => expect(readStoredStory(localStorage)).toMatchObject({ castOverrides }));

    unmount?.();
    directed.mockClear();
    const next = mount();
    expect(next.text).toBe(story);
    expect(next.options).toEqual({ castOverrides, epilogue: false });
    expect(next.sheet.cast.find((m) => m.id === 'tom')?.name).toBe('Thomas');
    expect(next.sheet.castOverrides).toEqual(castOverrides);
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    expect(directed).not.toHaveBeenCalled();
  });
});
