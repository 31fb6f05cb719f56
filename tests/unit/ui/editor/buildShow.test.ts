import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createShow, serializeCueSheet, type BeatOverride } from '../../../../src/core';
import { buildShow, sheetText } from '../../../../src/ui/editor/buildShow';
import { describeCues, describeReason, formatClock } from '../../../../src/ui/editor/describeBeat';
import { sheetFileName } from '../../../../src/ui/editor/downloadText';
import { webglAllowed } from '../../../../src/ui/editor/webglSupport';

const seed = readFileSync('assets/stories/seed-story.txt', 'utf8');

describe('buildShow', () => {
  it('builds a text into a sheet and its timeline', () => {
    const result = buildShow({ kind: 'text', text: seed });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.timeline.beats).toHaveLength(result.sheet.beats.length);
      expect(result.text).toBe(seed);
    }
  });

  it('refuses empty text with the story-is-empty message', () => {
    expect(buildShow({ kind: 'text', text: '  \n ' })).toEqual({
      ok: false,
      error: expect.stringMatching(/^The story is empty/),
    });
  });

  it('applies a hand-edited override from an imported sheet', () => {
    const sheet = createShow(seed);
    const beat = sheet.beats[2]!;
    const json = serializeCueSheet({
      ...sheet,
      overrides: [{ text: beat.text, camera: { shot: 'overhead' } }],
    });
    const result = buildShow({ kind: 'sheet', json });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.sheet.beats[2]!.camera.shot).toBe('overhead');
      expect(result.text).toBe(sheetText(sheet));
    }
  });

  it('keeps overrides when restaging edited text, on the beat whose text still matches', () => {
    const sheet = createShow(seed);
    const kept = sheet.beats[2]!;
    const shot = kept.camera.shot === 'overhead' ? 'wide' : 'overhead';
    const overrides: BeatOverride[] = [{ text: kept.text, camera: { shot } }];
    // The first paragraph is edited; the overridden beat's text is unchanged.
    const edited = seed.replace(sheet.beats[0]!.text, `${sheet.beats[0]!.text} Then silence.`);
    expect(edited).not.toBe(seed);
    const result = buildShow({ kind: 'text', text: edited, overrides });
    expect(result.ok).toBe(true);
    if (result.ok) {
      const beat = result.sheet.beats.find((b) => b.text === kept.text)!;
      expect(beat.camera.shot).toBe(shot);
      expect(result.sheet.overrides).toEqual(overrides);
    }
  });

  it('names the JSON path of a schema problem', () => {
    const sheet = createShow(seed);
    const bad = JSON.parse(serializeCueSheet(sheet));
    bad.beats[3].camera.shot = 'sideways';
    const result = buildShow({ kind: 'sheet', json: JSON.stringify(bad) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/beats\[3\]\.camera\.shot: expected one of/);
  });
});

describe('beat descriptions', () => {
  it('describes every cue of a beat with cast names', () => {
    const sheet = createShow(seed);
    const beat = sheet.beats.find((b) => b.dancers.length > 0)!;
    const lines = describeCues(beat, sheet.cast);
    expect(lines.map((l) => l.label)).toEqual([
      'Camera',
      'Lights',
      ...beat.dancers.map((d) => sheet.cast.find((c) => c.id === d.id)!.name),
      'Curtain',
      'Audience',
      'Music',
    ]);
    expect(lines[2]!.value).toBe(`${beat.dancers[0]!.action} @ ${beat.dancers[0]!.mark}`);
    expect(describeReason({ cue: 'camera.shot', rule: 'lexicon.leap', words: ['leaps'] })).toBe(
      'camera.shot: lexicon.leap (“leaps”)',
    );
  });

  it('formats clocks and file names', () => {
    expect(formatClock(75.9)).toBe('1:15');
    expect(formatClock(3725)).toBe('1:02:05');
    expect(sheetFileName('Valentina’s Night!')).toBe('valentina-s-night.cues.json');
    expect(sheetFileName('***')).toBe('show.cues.json');
  });

  it('lets ?webgl=off force the fallback', () => {
    expect(webglAllowed('')).toBe(true);
    expect(webglAllowed('?webgl=off')).toBe(false);
    expect(webglAllowed('?webgl=0&beat=3')).toBe(false);
    expect(webglAllowed('?webgl=on')).toBe(true);
  });
});

describe('reduced motion', () => {
  it('passes prefers-reduced-motion to the timeline: no sweeping camera moves', () => {
    const sweeping = ['orbit', 'track', 'crane-up', 'crane-down'];
    const normal = buildShow({ kind: 'text', text: seed });
    const reduced = buildShow({ kind: 'text', text: seed }, { reducedMotion: true });
    if (!normal.ok || !reduced.ok) throw new Error('the seed story should build');
    expect(normal.timeline.shots.some((shot) => sweeping.includes(shot.move))).toBe(true);
    expect(reduced.timeline.shots.some((shot) => sweeping.includes(shot.move))).toBe(false);
  });
});
