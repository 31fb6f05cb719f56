import {
  applyOverrides,
  compileTimeline,
  createShow,
  parseCueSheet,
  type BeatOverride,
  type CompileOptions,
  type CueSheet,
  type Timeline,
} from '../../core';
import { formatSheetErrors } from './formatBuildError';

/** What to build a show from: story text (with hand edits to keep, matched by beat text), or a cue sheet's JSON. */
export type BuildRequest =
  { kind: 'text'; text: string; overrides?: BeatOverride[] } | { kind: 'sheet'; json: string };

/** A built show, or the message that says why the input can't be one. */
export type BuildResult =
  { ok: true; text: string; sheet: CueSheet; timeline: Timeline } | { ok: false; error: string };

/** The story text a cue sheet tells: its beats, one paragraph each. */
export function sheetText(sheet: CueSheet): string {
  return sheet.beats.map((beat) => beat.text).join('\n\n');
}

/** Builds a show (cue sheet and timeline) from a request; never throws for bad input. */
export function buildShow(request: BuildRequest, options: CompileOptions = {}): BuildResult {
  try {
    if (request.kind === 'text') {
      const sheet = createShow(request.text, { overrides: request.overrides });
      return { ok: true, text: request.text, sheet, timeline: compileTimeline(sheet, options) };
    }
    if (request.json.trim() === '') return { ok: false, error: 'The cue sheet file is empty.' };
    const parsed = parseCueSheet(request.json);
    if (!parsed.ok) return { ok: false, error: formatSheetErrors(parsed.errors) };
    if (parsed.sheet.beats.length === 0) {
      return { ok: false, error: 'This cue sheet has no beats: there is nothing to stage.' };
    }
    // Hand-edited overrides in the file win over the cues it was exported with.
    const sheet = applyOverrides(parsed.sheet);
    return { ok: true, text: sheetText(sheet), sheet, timeline: compileTimeline(sheet, options) };
  } catch (problem) {
    return { ok: false, error: (problem as Error).message || 'The show could not be built.' };
  }
}
