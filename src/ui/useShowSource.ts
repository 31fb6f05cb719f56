import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { CueSheet, Timeline } from '../core';
import type { BuildRequest, BuildResult } from './editor/buildShow';
import { compileSheet, sheetText } from './editor/compileSheet';
import { createShowBuilder, type ShowBuilder } from './editor/showBuilder';
import { pruneOptions, sheetOptions, type StoryOptions } from './editor/storyOptions';
import {
  browserStorage,
  clearStoredStory,
  readStoredStory,
  writeStoredStory,
  type StoredStory,
} from './editor/storyStorage';

/** The default show: the seed story and the cue sheet directed from it at build time. */
export interface ShowSeed {
  text: string;
  sheetJson: string;
}

/** The show being played and the ways to replace it; bad input never replaces it. */
export interface ShowSource {
  /** The story text of the current show. */
  text: string;
  sheet: CueSheet;
  timeline: Timeline;
  /** How the current show was staged (hand edits, cast corrections, prologue and epilogue). */
  options: StoryOptions;
  /** A story is being built into a show. */
  building: boolean;
  /** What the build is doing, for a progress line ("Directing the show…"). */
  progress: string;
  /** The last input's problem, in one or more lines; null when the last input was good. */
  error: string | null;
  /** Builds a show from story text off the main thread, staged with `options` (beat overrides reapplied where the text matches); false (and `error`) when the text can't be used. */
  loadText: (text: string, options?: StoryOptions) => Promise<boolean>;
  /** Replaces the show with a cue sheet from JSON (its overrides applied); false (and `error`) when it is invalid. */
  loadSheetJson: (json: string) => Promise<boolean>;
  /** Shows a problem found before building (e.g. a binary file). */
  reportError: (message: string) => void;
  clearError: () => void;
}

interface Current {
  text: string;
  sheet: CueSheet;
  timeline: Timeline;
  options: StoryOptions;
}

/** The viewer's prefers-reduced-motion, read at each build (the timeline bakes it in). */
function compileOptions(): { reducedMotion: boolean } {
  return {
    reducedMotion: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
  };
}

/**
 * Stories up to this size are restored from their stored sheet before the first frame (parse and
 * compile, never the director), so a returning visitor never sees the seed first; bigger ones are
 * not stored with a sheet and are rebuilt in the worker after the first frame.
 */
const SYNC_RESTORE_CHARS = 60_000;

/** The default show, from the sheet directed at build time: parsed and compiled, not directed. */
function seedShow(seed: ShowSeed): Current {
  const compiled = compileSheet(seed.sheetJson, compileOptions(), false);
  if (!compiled.ok) {
    throw new Error(`The default show's cue sheet does not parse: ${compiled.error}`);
  }
  return { text: seed.text, sheet: compiled.sheet, timeline: compiled.timeline, options: {} };
}

/** The stored story as a show now (parse and compile only), or what to build in the worker later; null when it is unusable. */
function restoreStory(
  stored: StoredStory,
): { current: Current } | { deferred: BuildRequest } | null {
  if (stored.kind === 'sheet') {
    if (stored.json.length > SYNC_RESTORE_CHARS) return { deferred: stored };
    const compiled = compileSheet(stored.json, compileOptions());
    if (!compiled.ok) return null;
    const { sheet, timeline } = compiled;
    return { current: { text: sheetText(sheet), sheet, timeline, options: sheetOptions(sheet) } };
  }
  const options = pruneOptions(stored);
  const rebuild = { deferred: { kind: 'text' as const, text: stored.text, ...options } };
  if (stored.sheet === undefined || stored.text.length > SYNC_RESTORE_CHARS) return rebuild;
  // The sheet was built with its overrides applied: don't apply them twice.
  const compiled = compileSheet(stored.sheet, compileOptions(), false);
  if (!compiled.ok) return rebuild; // e.g. written by an older version of the app
  const { sheet, timeline } = compiled;
  return { current: { text: stored.text, sheet, timeline, options } };
}

/** What the first frame plays, and the story to build in the worker after it (if any). */
function initialShow(seed: ShowSeed): { current: Current; deferred: BuildRequest | null } {
  const stored = readStoredStory(browserStorage());
  const restored = stored && restoreStory(stored);
  if (restored && 'current' in restored) return { current: restored.current, deferred: null };
  if (stored && !restored) clearStoredStory(browserStorage());
  return { current: seedShow(seed), deferred: restored?.deferred ?? null };
}

/** What to keep for the next visit: the request, and the built sheet when it can be restored before the first frame. */
function storedStoryOf(request: BuildRequest, result: BuildResult & { ok: true }): StoredStory {
  if (request.kind === 'sheet') return request;
  const small = request.text.length <= SYNC_RESTORE_CHARS;
  return { ...request, ...(small ? { sheet: result.sheet } : {}) };
}

/**
 * Holds the current show: the last stored story (restored from its stored sheet, or rebuilt in
 * the worker after the first frame), else the seed's prebuilt sheet. Nothing is directed on the
 * main thread before the first frame.
 */
export function useShowSource(seed: ShowSeed): ShowSource {
  const [start] = useState(() => initialShow(seed));
  const [current, setCurrent] = useState<Current>(start.current);
  const [error, setError] = useState<string | null>(null);
  const [building, setBuilding] = useState(false);
  const [progress, setProgress] = useState('');
  // One builder (one worker, one "latest" counter): started on mount so the worker is warm,
  // or at the first build if that comes sooner; only the ref ever holds it, and unmount disposes it.
  const builderRef = useRef<ShowBuilder | null>(null);
  useEffect(() => {
    builderRef.current ??= createShowBuilder();
    return () => {
      builderRef.current?.dispose();
      builderRef.current = null;
    };
  }, []);

  /** Builds `request`; a user's build reports its error, a restore that fails forgets the stored story. */
  const load = useCallback(async (request: BuildRequest, byUser: boolean): Promise<boolean> => {
    const builder = (builderRef.current ??= createShowBuilder());
    setBuilding(true);
    setProgress('Reading the story…');
    const result = await builder.build(request, compileOptions(), setProgress);
    if (result === null) return false; // a newer story replaced this one
    setBuilding(false);
    setProgress('');
    if (!result.ok) {
      if (byUser) setError(result.error);
      else clearStoredStory(browserStorage());
      return false;
    }
    const { text, sheet, timeline } = result;
    const options = request.kind === 'sheet' ? sheetOptions(sheet) : pruneOptions(request);
    // A transition lets React render a show of thousands of beats in slices, not one long task.
    startTransition(() => setCurrent({ text, sheet, timeline, options }));
    setError(null);
    // Storing takes a while too: do it in a task of its own. A restored imported sheet is
    // stored already; a rebuilt text story is stored again, now with its sheet.
    if (byUser || request.kind === 'text') {
      setTimeout(() => writeStoredStory(browserStorage(), storedStoryOf(request, result)), 0);
    }
    return true;
  }, []);

  // A story that can't be restored before the first frame is rebuilt in the worker after it.
  useEffect(() => {
    const deferred = start.deferred;
    if (!deferred) return;
    const timer = setTimeout(() => void load(deferred, false), 0);
    return () => clearTimeout(timer);
  }, [start, load]);

  return {
    ...current,
    building,
    progress,
    error,
    loadText: useCallback(
      (text: string, options: StoryOptions = {}) =>
        load({ kind: 'text', text, ...pruneOptions(options) }, true),
      [load],
    ),
    loadSheetJson: useCallback((json: string) => load({ kind: 'sheet', json }, true), [load]),
    reportError: useCallback((message: string) => setError(message), []),
    clearError: useCallback(() => setError(null), []),
  };
}
