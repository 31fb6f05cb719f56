import {
  applyOverrides,
  compileTimeline,
  parseCueSheet,
  type CompileOptions,
  type CueSheet,
  type Timeline,
} from '../../core';
import { formatSheetErrors } from './formatBuildError';

/** A cue sheet read and compiled, or the message that says why it can't be staged. */
export type CompiledSheet =
  { ok: true; sheet: CueSheet; timeline: Timeline } | { ok: false; error: string };

/** The story text a cue sheet tells: its story beats, one paragraph each (prologue and epilogue have none). */
export function sheetText(sheet: CueSheet): string {
  return sheet.beats
    .filter((beat) => beat.kind === 'story')
    .map((beat) => beat.text)
    .join('\n\n');
}

/**
 * Reads a cue sheet (JSON text or a parsed value), applies its hand-edited overrides (unless it
 * was built with them, `reapply` false) and compiles its timeline: a show without directing,
 * cheap enough for the main thread; never throws.
 */
export function compileSheet(
  input: unknown,
  options: CompileOptions = {},
  reapply = true,
): CompiledSheet {
  try {
    if (typeof input === 'string' && input.trim() === '') {
      return { ok: false, error: 'The cue sheet file is empty.' };
    }
    const parsed = parseCueSheet(input);
    if (!parsed.ok) return { ok: false, error: formatSheetErrors(parsed.errors) };
    // Hand-edited overrides in a file win over the cues it was exported with.
    const sheet = reapply ? applyOverrides(parsed.sheet) : parsed.sheet;
    return { ok: true, sheet, timeline: compileTimeline(sheet, options) };
  } catch (problem) {
    return { ok: false, error: (problem as Error).message || 'The cue sheet could not be staged.' };
  }
}
