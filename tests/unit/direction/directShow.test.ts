import { describe, expect, it } from 'vitest';
import { directShow } from '../../../src/core/direction';
import { familyOf } from '../../../src/core/cuesheet/vocabulary';
import { expectShowInvariants } from './cueInvariants';
import { makeBeats } from './makeBeats';
import { STORIES } from './stories';

describe.each(Object.entries(STORIES))('directShow on the "%s" story', (_name, text) => {
  const beats = makeBeats(text);
  const sheet = directShow(beats);

  it('keeps every invariant of a show', () => {
    expectShowInvariants(sheet);
  });

  it('is deterministic, and the seed varies the choices', () => {
    expect(directShow(makeBeats(text))).toEqual(sheet);
    const seeds = [1, 2, 3, 4, 5].map((seed) =>
      JSON.stringify(directShow(beats, { seed }).beats.map((b) => b.camera)),
    );
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('runs the acts in order: closed, opening, open, call', () => {
    const curtains = sheet.beats.map((b) => b.stage.curtain);
    const opening = curtains.indexOf('opening');
    expect(opening).toBeGreaterThanOrEqual(0);
    expect(curtains.slice(0, opening).every((c) => c === 'closed')).toBe(true);
    const firstBow = sheet.beats.findIndex((b) =>
      b.dancers.every((d) => familyOf(d.action) === 'bow'),
    );
    expect(firstBow).toBeGreaterThan(opening);
  });
});

describe('directShow on particular stories', () => {
  it('opens the curtain of a story that never names one, and ends it with a bow', () => {
    const sheet = directShow(makeBeats(STORIES.plain!));
    expect(sheet.beats[0]!.stage.curtain).toBe('closed');
    const opening = sheet.beats.find((b) => b.stage.curtain === 'opening')!;
    expect(opening.index).toBeGreaterThan(0);
    expect(opening.index).toBeLessThanOrEqual(Math.ceil(sheet.beats.length * 0.2));
    expect(sheet.title).toBe('The girl in the red shoes…');
    expect(sheet.cast.map((c) => c.id)).toEqual(['ballerina', 'partner']);
  });

  it('reads a Russian story: cast, curtain, turns, partnering and applause', () => {
    const sheet = directShow(makeBeats(STORIES.russian!));
    expect(sheet.cast).toEqual([
      { id: 'anna', name: 'Анна', role: 'ballerina' },
      { id: 'ivan', name: 'Иван', role: 'partner' },
    ]);
    const rise = sheet.beats.find((b) => b.text.startsWith('Занавес поднялся'))!;
    expect(rise.stage.curtain).toBe('opening');
    const lift = sheet.beats.find((b) => b.text.includes('поднял её'))!;
    expect(lift.dancers.map((d) => familyOf(d.action))).toEqual(['partnered', 'partnered']);
    const quiet = sheet.beats.find((b) => b.text.includes('музыка стихла'))!;
    expect(quiet.music.level).toBeLessThanOrEqual(0.3);
    expect(quiet.camera.transition).toBe('cut');
    expect(sheet.beats.find((b) => b.text.includes('аплодисментами'))!.stage.audience).toBe(
      'applause',
    );
  });

  it('follows two named dancers, their pronouns, lights and cues', () => {
    const sheet = directShow(makeBeats(STORIES.named!));
    expect(sheet.cast.map((c) => [c.id, c.role])).toEqual([
      ['odile', 'ballerina'],
      ['mikhail', 'partner'],
    ]);
    const find = (words: string) => sheet.beats.find((b) => b.text.includes(words))!;
    const knelt = find('she knelt');
    expect(knelt.dancers.find((d) => d.id === 'odile')!.action).toBe('kneel');
    expect(knelt.lights).toMatchObject({ state: 'spot', follow: ['odile'] });
    expect(find('lights went dark').lights.state).toBe('blackout');
    expect(find('silver moonlight').lights.state).toBe('cool');
    const lift = find('Mikhail lifted her');
    expect(lift.dancers.map((d) => familyOf(d.action))).toEqual(['partnered', 'partnered']);
    const spin = find('She twirled, he spun');
    expect(spin.dancers.map((d) => familyOf(d.action))).toEqual(['turn', 'turn']);
    expect(find('The curtain fell').stage.curtain).toBe('closing');
    expect(find('standing ovation').stage.audience).toBe('ovation');
  });

  it('cuts on sudden words and moves the camera from the rules', () => {
    const sheet = directShow(makeBeats(STORIES.terse!));
    const call = sheet.beats.find((b) => b.text.includes('Applause erupted'))!;
    expect(call.camera.transition).toBe('cut');
    expect(sheet.beats[sheet.beats.length - 1]!.camera.move).toBe('crane-up');
    expect(sheet.cast[0]).toMatchObject({ id: 'dancer', role: 'ballerina' });
    expect(sheet.cast[1]).toMatchObject({ id: 'partner', name: 'His partner' });
  });

  it('gives each verb to its own dancer, names the prince, and hears the music stop', () => {
    const sheet = directShow(makeBeats(STORIES.prince!));
    expect(sheet.cast[1]).toEqual({ id: 'partner', name: 'The prince', role: 'partner' });
    const find = (words: string) => sheet.beats.find((b) => b.text.includes(words))!;
    const dancer = (words: string, id: string) => find(words).dancers.find((d) => d.id === id)!;
    const watching = dancer('The prince watched her', 'partner');
    expect(familyOf(watching.action)).toBe('still');
    expect(dancer('The prince watched her', 'giselle').action).toBe(
      dancer('she ran onto the stage', 'giselle').action,
    );
    expect(find('The prince watched her').lights.follow).toEqual(['giselle']);
    expect(dancer('she ran onto the stage', 'giselle').action).toBe('run');
    expect(find('Suddenly the music stopped').music.level).toBe(0);
    expect(find('Suddenly the music stopped').camera.transition).toBe('cut');
    expect(find('rose to its feet').stage.audience).toBe('ovation');
  });

  it('keeps a bow in the middle of the story inside the performance', () => {
    const text = `${STORIES.plain!}\n\nShe bowed to the empty hall. Then she danced again, a leaf on the wind. She leapt. She spun. Night fell. She breathed. The music swelled. She leapt again. At last she curtsied. The audience clapped.`;
    const sheet = directShow(makeBeats(text));
    const midBow = sheet.beats.find((b) => b.text.startsWith('She bowed to the empty hall'))!;
    expect(midBow.lights.state).not.toBe('bows');
    const call = sheet.beats.find((b) => b.text.startsWith('At last she curtsied'))!;
    expect(call.lights.state).toBe('bows');
    expect(sheet.beats[call.index - 1]!.lights.state).not.toBe('bows');
    expectShowInvariants(sheet);
  });

  it('directs a one-beat story and an empty one', () => {
    const one = directShow(makeBeats('She bowed.'));
    expectShowInvariants(one);
    const none = directShow([]);
    expect(none.beats).toEqual([]);
    expect(none.durationSec).toBe(0);
    expect(none.cast).toHaveLength(2);
  });
});
