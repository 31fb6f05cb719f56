import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { BeatOverride, CueSheet, Timeline } from '../core';
import { buildShow, type BuildRequest } from './editor/buildShow';
import { createShowBuilder, type ShowBuilder } from './editor/showBuilder';
import {
  browserStorage,
  clearStoredStory,
  readStoredStory,
  writeStoredStory,
} from './editor/storyStorage';

/** The show being played and the ways to replace it; bad input never replaces it. */
export interface ShowSource {
  /** The story text of the current show. */
  text: string;
  sheet: CueSheet;
  timeline: Timeline;
  /** A story is being built into a show. */
  building: boolean;
  /** What the build is doing, for a progress line ("Directing the show…"). */
  progress: string;
  /** The last input's problem, in one or more lines; null when the last input was good. */
  error: string | null;
  /** Builds a show from story text off the main thread, reapplying `overrides` to beats whose text matches; false (and `error`) when the text can't be used. */
  loadText: (text: string, overrides?: BeatOverride[]) => Promise<boolean>;
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
}

/** The viewer's prefers-reduced-motion, read at each build (the timeline bakes it in). */
function compileOptions(): { reducedMotion: boolean } {
  return {
    reducedMotion: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
  };
}

/** Stories up to this size are restored synchronously, so a returning visitor never sees the seed first. */
const SYNC_RESTORE_CHARS = 60_000;

function initialShow(seedText: string): { current: Current; deferred: BuildRequest | null } {
  const stored = readStoredStory(browserStorage());
  const size = stored ? (stored.kind === 'text' ? stored.text.length : stored.json.length) : 0;
  if (stored && size <= SYNC_RESTORE_CHARS) {
    const result = buildShow(stored, compileOptions());
    if (result.ok) return { current: result, deferred: null };
    clearStoredStory(browserStorage());
  }
  const seed = buildShow({ kind: 'text', text: seedText }, compileOptions());
  if (!seed.ok) throw new Error(`The seed story does not build: ${seed.error}`);
  return { current: seed, deferred: stored && size > SYNC_RESTORE_CHARS ? stored : null };
}

/** Holds the current show: the last stored story when it builds, else `seedText`. */
export function useShowSource(seedText: string): ShowSource {
  const [start] = useState(() => initialShow(seedText));
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

  const load = useCallback(async (request: BuildRequest, remember: boolean): Promise<boolean> => {
    const builder = (builderRef.current ??= createShowBuilder());
    setBuilding(true);
    setProgress('Reading the story…');
    const result = await builder.build(request, compileOptions(), setProgress);
    if (result === null) return false; // a newer story replaced this one
    setBuilding(false);
    setProgress('');
    if (!result.ok) {
      if (remember) setError(result.error);
      else clearStoredStory(browserStorage());
      return false;
    }
    // A transition lets React render a show of thousands of beats in slices, not one long task.
    startTransition(() =>
      setCurrent({ text: result.text, sheet: result.sheet, timeline: result.timeline }),
    );
    setError(null);
    // Storing a big story takes a while too: do it in a task of its own.
    if (remember) setTimeout(() => writeStoredStory(browserStorage(), request), 0);
    return true;
  }, []);

  // A big stored story is rebuilt in the worker after the first frame, not before it.
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
      (text: string, overrides?: BeatOverride[]) =>
        load(overrides?.length ? { kind: 'text', text, overrides } : { kind: 'text', text }, true),
      [load],
    ),
    loadSheetJson: useCallback((json: string) => load({ kind: 'sheet', json }, true), [load]),
    reportError: useCallback((message: string) => setError(message), []),
    clearError: useCallback(() => setError(null), []),
  };
}
