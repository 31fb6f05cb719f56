import {
  compileTimeline,
  createShow,
  type CompileOptions,
  type CueSheet,
  type Timeline,
} from '../../core';
import { compileSheet, sheetText } from './compileSheet';
import { pruneOptions, type StoryOptions } from './storyOptions';

export { sheetText };

/** What to build a show from: story text with how to stage it, or a cue sheet's JSON. */
export type BuildRequest =
  ({ kind: 'text'; text: string } & StoryOptions) | { kind: 'sheet'; json: string };

/** A built show, or the message that says why the input can't be one. */
export type BuildResult =
  { ok: true; text: string; sheet: CueSheet; timeline: Timeline } | { ok: false; error: string };

/** Directs story text into a show (cue sheet and timeline), or reads a cue sheet; never throws for bad input. */
export function buildShow(request: BuildRequest, options: CompileOptions = {}): BuildResult {
  if (request.kind === 'sheet') {
    const compiled = compileSheet(request.json, options);
    return compiled.ok ? { ...compiled, text: sheetText(compiled.sheet) } : compiled;
  }
  try {
    const { text, ...staging } = request;
    const { overrides, castOverrides, prologue, epilogue } = pruneOptions(staging);
    const directed = createShow(text, { overrides, castOverrides, prologue, epilogue });
    // The corrections travel with the sheet (exported, restored, restaged) even where the
    // director has not written them into it.
    const sheet =
      castOverrides && !directed.castOverrides ? { ...directed, castOverrides } : directed;
    return { ok: true, text, sheet, timeline: compileTimeline(sheet, options) };
  } catch (problem) {
    return { ok: false, error: (problem as Error).message || 'The show could not be built.' };
  }
}
