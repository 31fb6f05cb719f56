import type { BeatCues, BeatOverride, CueSheet } from './schema';

/** Applies one override to a beat's cues, field by field. */
function applyOverride(beat: BeatCues, override: BeatOverride): BeatCues {
  const why = [...beat.why];
  const mark = (cue: string) => why.push({ cue, rule: 'override', words: [] });
  if (override.camera) Object.keys(override.camera).forEach((k) => mark(`camera.${k}`));
  if (override.lights) Object.keys(override.lights).forEach((k) => mark(`lights.${k}`));
  if (override.stage) Object.keys(override.stage).forEach((k) => mark(`stage.${k}`));
  if (override.music) mark('music.level');
  if (override.dancers) override.dancers.forEach((d) => mark(`dancers.${d.id}`));
  return {
    ...beat,
    camera: { ...beat.camera, ...override.camera },
    lights: { ...beat.lights, ...override.lights },
    stage: { ...beat.stage, ...override.stage },
    music: { ...beat.music, ...override.music },
    dancers: override.dancers
      ? beat.dancers.map((d) => override.dancers?.find((o) => o.id === d.id) ?? d)
      : beat.dancers,
    why,
  };
}

/**
 * Applies a sheet's overrides to every beat whose text matches, so hand edits survive
 * regenerating the show from edited text wherever a beat's text is unchanged.
 */
export function applyOverrides(sheet: CueSheet, overrides = sheet.overrides ?? []): CueSheet {
  if (overrides.length === 0) return sheet;
  const byText = new Map(overrides.map((o) => [o.text, o]));
  return {
    ...sheet,
    overrides,
    beats: sheet.beats.map((beat) => {
      const override = byText.get(beat.text);
      return override ? applyOverride(beat, override) : beat;
    }),
  };
}
