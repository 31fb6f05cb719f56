import { useCallback, useMemo, useState } from 'react';
import { compileTimeline, createShow, parseCueSheet, type CueSheet, type Timeline } from '../core';

/** The show being played and the ways to replace it; bad input never replaces it. */
export interface ShowSource {
  /** The story text of the current show. */
  text: string;
  sheet: CueSheet;
  timeline: Timeline;
  /** A text is being built into a show. */
  building: boolean;
  /** The last input's problem, in one or more lines; null when the last input was good. */
  error: string | null;
  /** Builds a show from story text; resolves false (and sets `error`) when the text can't be used. */
  loadText: (text: string) => Promise<boolean>;
  /** Replaces the show with a cue sheet from JSON; false (and `error`) when it is invalid. */
  loadSheetJson: (json: string) => boolean;
  clearError: () => void;
}

interface Current {
  text: string;
  sheet: CueSheet;
}

/** Holds the current show, starting from `initialText`. */
export function useShowSource(initialText: string): ShowSource {
  const [current, setCurrent] = useState<Current>(() => ({
    text: initialText,
    sheet: createShow(initialText),
  }));
  const [error, setError] = useState<string | null>(null);
  const timeline = useMemo(() => compileTimeline(current.sheet), [current.sheet]);

  const loadText = useCallback(async (text: string) => {
    try {
      setCurrent({ text, sheet: createShow(text) });
      setError(null);
      return true;
    } catch (problem) {
      setError((problem as Error).message);
      return false;
    }
  }, []);

  const loadSheetJson = useCallback((json: string) => {
    const result = parseCueSheet(json);
    if (!result.ok) {
      setError(result.errors.slice(0, 5).join('\n'));
      return false;
    }
    setCurrent({ text: result.sheet.beats.map((b) => b.text).join('\n\n'), sheet: result.sheet });
    setError(null);
    return true;
  }, []);

  return {
    ...current,
    timeline,
    building: false,
    error,
    loadText,
    loadSheetJson,
    clearError: useCallback(() => setError(null), []),
  };
}
