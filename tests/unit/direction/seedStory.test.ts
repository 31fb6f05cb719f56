import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { directShow } from '../../../src/core';
import type { BeatCues, CueSheet } from '../../../src/core';
import { familyOf } from '../../../src/core/cuesheet/vocabulary';
import { segmentBeats } from '../../../src/core/story/segmentBeats';
import { expectShowInvariants } from './cueInvariants';

const text = readFileSync('assets/stories/seed-story.txt', 'utf8');
const beats = segmentBeats(text);
const sheet: CueSheet = directShow(beats);

function beatWith(words: string): BeatCues {
  const beat = sheet.beats.find((b) => b.text.includes(words));
  if (!beat) throw new Error(`no beat contains "${words}"`);
  return beat;
}

function dancer(beat: BeatCues, id: string) {
  const cue = beat.dancers.find((d) => d.id === id);
  if (!cue) throw new Error(`no dancer ${id} on beat ${beat.index}`);
  return cue;
}

describe('directShow on the seed story', () => {
  it('casts a pas de deux: Valentina Kalmurzaeva the lead, her partner a male dancer', () => {
    expect(sheet.cast).toEqual([
      { id: 'valentina', name: 'Valentina Kalmurzaeva', gender: 'female', role: 'lead' },
      { id: 'partner', name: 'Her partner', gender: 'male', role: 'partner' },
    ]);
    expect(sheet.title).toBe('Valentina Kalmurzaeva');
    expect(directShow(beats, { title: 'Ballet' }).title).toBe('Ballet');
  });

  it('copies the beats as story beats, with no prologue or epilogue, and ends at the last beat', () => {
    expect(sheet.version).toBe(2);
    // The seed stages its own curtain and bows: the director adds no frame around it.
    expect(sheet.beats.map((b) => b.kind)).toEqual(beats.map(() => 'story'));
    expect(sheet.beats).toHaveLength(beats.length);
    sheet.beats.forEach((cues, i) => {
      const beat = beats[i]!;
      expect([
        cues.index,
        cues.text,
        cues.paragraph,
        cues.span,
        cues.startSec,
        cues.durationSec,
      ]).toEqual([
        beat.index,
        beat.text,
        beat.paragraph,
        beat.span,
        beat.startSec,
        beat.durationSec,
      ]);
    });
    const last = beats[beats.length - 1]!;
    expect(sheet.durationSec).toBeCloseTo(last.startSec + last.durationSec, 6);
  });

  it('keeps every invariant of a show', () => {
    expectShowInvariants(sheet, text);
  });

  it('opens on an establishing shot with the curtain closed until it rises in the fourth paragraph', () => {
    expect(sheet.beats[0]!.camera.shot).toBe('establishing');
    const rise = beatWith('the curtain rose');
    expect(rise.paragraph).toBe(3);
    expect(sheet.beats.filter((b) => b.stage.curtain === 'opening')).toEqual([rise]);
    for (const beat of sheet.beats.slice(0, rise.index)) {
      expect(beat.stage.curtain).toBe('closed');
      expect(beat.music.level).toBeLessThanOrEqual(0.1);
      expect(['house', 'preshow']).toContain(beat.lights.state);
    }
    expect(rise.stage.curtain).toBe('opening');
    expect(rise.music.level).toBeGreaterThan(sheet.beats[rise.index - 1]!.music.level);
    expect(rise.camera.transition).toBe('cut');
    expect(sheet.beats[rise.index + 1]!.stage.curtain).toBe('open');
  });

  it('swells the music, and fades it with the final notes', () => {
    expect(beatWith('The music swelled').music.level).toBeGreaterThanOrEqual(0.85);
    expect(beatWith('final notes faded').music.level).toBeLessThanOrEqual(0.3);
  });

  it('has the partner wait at center stage', () => {
    const cue = dancer(beatWith('waited for her at center stage'), 'partner');
    expect(cue.mark).toBe('center');
    expect(['stand', 'wait-in-wings']).toContain(cue.action);
  });

  it('gives Valentina a travelling, jumping or turning step for the leaf on the wind', () => {
    const action = dancer(beatWith('a leaf on the wind'), 'valentina').action;
    expect(['travel', 'jump', 'turn']).toContain(familyOf(action));
  });

  it('shows the leaf on the wind whole: a full or wide shot that tracks or orbits her', () => {
    const camera = beatWith('a leaf on the wind').camera;
    expect(['full', 'wide']).toContain(camera.shot);
    expect(['track', 'orbit']).toContain(camera.move);
  });

  it('ends with bows, bows lights and applause', () => {
    const bow = beatWith('took their final bow');
    for (const d of bow.dancers) expect(familyOf(d.action)).toBe('bow');
    expect(bow.lights.state).toBe('bows');
    expect(['applause', 'ovation']).toContain(bow.stage.audience);
    for (const beat of sheet.beats.slice(bow.index)) expect(beat.lights.state).toBe('bows');
    // The bows are the end of the story, not a beat in its middle.
    expect(bow.index).toBeGreaterThanOrEqual(sheet.beats.length - 2);
    expect(sheet.beats.slice(0, bow.index).some((b) => b.lights.state === 'bows')).toBe(false);
  });

  it('explains the curtain and music cues with the words that chose them', () => {
    const rise = beatWith('the curtain rose');
    const curtainWhy = rise.why.find((w) => w.cue === 'stage.curtain');
    expect(curtainWhy?.words.join(' ')).toMatch(/curtain rose/);
    const swell = beatWith('The music swelled').why.find((w) => w.cue === 'music.level');
    expect(swell).toMatchObject({ rule: 'lexicon.music-up' });
    expect(swell?.words.join(' ')).toMatch(/music swelled/);
  });
});
