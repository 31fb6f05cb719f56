import { describe, expect, it } from 'vitest';
import { parseCueSheet, serializeCueSheet } from '../../../src/core/cuesheet';
import { compileTimeline } from '../../../src/core/timeline';

const why = [{ cue: 'stage.curtain', rule: 'act.before', words: [] }];

/** A cue sheet as version 1 wrote it: a ballerina and her partner, beats with no kind or mood. */
const V1_SHEET = {
  version: 1,
  title: 'Odile',
  durationSec: 9,
  cast: [
    { id: 'odile', name: 'Odile', role: 'ballerina' },
    { id: 'partner', name: 'Her partner', role: 'partner' },
  ],
  beats: [
    {
      index: 0,
      text: 'The curtain rose.',
      paragraph: 0,
      span: [0, 17],
      startSec: 0,
      durationSec: 4,
      camera: { shot: 'establishing', subject: 'stage', move: 'static', transition: 'cut' },
      lights: { state: 'preshow', follow: [], intensity: 0.15, color: '#c9792b' },
      dancers: [
        { id: 'odile', action: 'wait-in-wings', mark: 'wings-left' },
        { id: 'partner', action: 'wait-in-wings', mark: 'wings-right' },
      ],
      stage: { curtain: 'opening', audience: 'hushed' },
      music: { level: 0.6 },
      why,
    },
    {
      index: 1,
      text: 'Odile leapt and he caught her.',
      paragraph: 0,
      span: [18, 48],
      startSec: 4,
      durationSec: 5,
      camera: { shot: 'wide', subject: 'pair', move: 'pan', transition: 'blend', blendSec: 2 },
      lights: { state: 'spot', follow: ['odile'], intensity: 0.8, color: '#ffd1a3' },
      dancers: [
        { id: 'odile', action: 'grand-jete', mark: 'center' },
        { id: 'partner', action: 'lift', mark: 'center' },
      ],
      stage: { curtain: 'open', audience: 'hushed' },
      music: { level: 0.8 },
      why,
    },
  ],
};

describe('a version 1 cue sheet', () => {
  const result = parseCueSheet(JSON.stringify(V1_SHEET));

  it('still imports, migrated to version 2', () => {
    expect(result.ok, result.ok ? '' : result.errors.join('\n')).toBe(true);
    if (!result.ok) return;
    expect(result.sheet.version).toBe(2);
  });

  it('casts its ballerina as a female lead and its partner as a male partner', () => {
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.sheet.cast).toEqual([
      { id: 'odile', name: 'Odile', gender: 'female', role: 'lead' },
      { id: 'partner', name: 'Her partner', gender: 'male', role: 'partner' },
    ]);
  });

  it('makes every beat a story beat and keeps its text, span, times and cues', () => {
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.sheet.beats.map((b) => b.kind)).toEqual(['story', 'story']);
    result.sheet.beats.forEach((beat, i) => {
      const { index, text, paragraph, span, startSec, durationSec, camera, lights, dancers } =
        V1_SHEET.beats[i]!;
      expect(beat).toMatchObject({
        index,
        text,
        paragraph,
        span,
        startSec,
        durationSec,
        camera,
        lights,
        dancers,
      });
    });
    expect(result.sheet.title).toBe('Odile');
    expect(result.sheet.durationSec).toBe(9);
  });

  it('compiles, and writes back out as version 2', () => {
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(compileTimeline(result.sheet).beats).toHaveLength(2);
    const again = parseCueSheet(serializeCueSheet(result.sheet));
    expect(again.ok && again.sheet).toEqual(result.sheet);
    expect(JSON.parse(serializeCueSheet(result.sheet)).version).toBe(2);
  });

  it('is refused, with its path, when it names a role version 1 never had', () => {
    const odd = { ...V1_SHEET, cast: [{ id: 'odile', name: 'Odile', role: 'swan' }] };
    const refused = parseCueSheet(odd);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.errors.some((e) => /^cast\[0\]\.(role|gender)/.test(e))).toBe(true);
  });
});
