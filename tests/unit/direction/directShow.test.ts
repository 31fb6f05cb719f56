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
    expectShowInvariants(sheet, text);
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
  it('frames a story that never names a curtain with a prologue and an epilogue', () => {
    const beats = makeBeats(STORIES.plain!);
    const sheet = directShow(beats);
    const kinds = sheet.beats.map((b) => b.kind);
    expect(kinds.filter((k) => k === 'story')).toHaveLength(beats.length);
    // The prologue: the house lights go down, then the curtain opens on the story.
    const prologue = sheet.beats.filter((b) => b.kind === 'prologue');
    expect(prologue.length).toBeGreaterThan(0);
    expect(kinds.slice(0, prologue.length).every((k) => k === 'prologue')).toBe(true);
    expect(prologue[0]!.stage.curtain).toBe('closed');
    expect(prologue[0]!.lights.state).toBe('house');
    expect(prologue.map((b) => b.stage.curtain)).toContain('opening');
    for (const beat of sheet.beats.filter((b) => b.kind === 'story')) {
      expect(beat.stage.curtain).toBe('open');
      expect(beat.lights.state).not.toBe('bows');
    }
    // The epilogue: the curtain call, with bows and applause, then the curtain closes.
    const epilogue = sheet.beats.filter((b) => b.kind === 'epilogue');
    expect(epilogue.length).toBeGreaterThan(0);
    expect(kinds.slice(-epilogue.length).every((k) => k === 'epilogue')).toBe(true);
    expect(epilogue[0]!.dancers.map((d) => familyOf(d.action))).toEqual(['bow']);
    expect(epilogue.map((b) => b.lights.state)).toEqual(epilogue.map(() => 'bows'));
    expect(['applause', 'ovation']).toContain(epilogue[0]!.stage.audience);
    expect(epilogue[epilogue.length - 1]!.stage.curtain).toBe('closing');
    expect(sheet.title).toBe('The girl in the red shoes…');
  });

  it('casts the girl of a story about one person as a solo, with no phantom partner', () => {
    const sheet = directShow(makeBeats(STORIES.plain!));
    expect(sheet.cast).toEqual([{ id: 'girl', name: 'The girl', gender: 'female', role: 'lead' }]);
  });

  it('lets the user force the frame off or on, whatever the story stages', () => {
    const plain = directShow(makeBeats(STORIES.plain!), { prologue: false, epilogue: false });
    expect(new Set(plain.beats.map((b) => b.kind))).toEqual(new Set(['story']));
    const framed = directShow(makeBeats(STORIES.prince!), { prologue: true, epilogue: true });
    expect(framed.beats[0]!.kind).toBe('prologue');
    expect(framed.beats[framed.beats.length - 1]!.kind).toBe('epilogue');
  });

  it('explains the cues of the prologue and epilogue beats too', () => {
    const sheet = directShow(makeBeats(STORIES.plain!));
    const castIds = sheet.cast.map((m) => m.id);
    const paths = [
      'camera.shot',
      'camera.subject',
      'camera.move',
      'lights.state',
      'lights.follow',
      'stage.curtain',
      'stage.audience',
      'music.level',
      ...castIds.map((id) => `dancers.${id}.action`),
    ];
    const missing = sheet.beats
      .filter((b) => b.kind !== 'story')
      .flatMap((b) =>
        paths.filter((p) => !b.why.some((w) => w.cue === p)).map((p) => `${b.index} ${p}`),
      );
    expect(missing).toEqual([]);
  });

  it('reads a Russian story: cast, curtain, turns, partnering and applause', () => {
    const sheet = directShow(makeBeats(STORIES.russian!));
    expect(sheet.cast).toEqual([
      { id: 'anna', name: 'Анна', gender: 'female', role: 'lead' },
      { id: 'ivan', name: 'Иван', gender: 'male', role: 'partner' },
    ]);
    // It stages its own curtain and bows: no frame around it.
    expect(new Set(sheet.beats.map((b) => b.kind))).toEqual(new Set(['story']));
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
    // Both are named as often: either may lead, but she is a woman and he a man, and both dance.
    expect(sheet.cast.map((c) => [c.id, c.gender]).sort()).toEqual([
      ['mikhail', 'male'],
      ['odile', 'female'],
    ]);
    expect(sheet.cast.map((c) => c.role).sort()).toEqual(['lead', 'partner']);
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
    expect(new Set(sheet.beats.map((b) => b.kind))).toEqual(new Set(['story']));
    expect(find('The curtain fell').stage.curtain).toBe('closing');
    expect(find('standing ovation').stage.audience).toBe('ovation');
  });

  it('cuts on sudden words and moves the camera from the rules', () => {
    const sheet = directShow(makeBeats(STORIES.terse!));
    const call = sheet.beats.find((b) => b.text.includes('Applause erupted'))!;
    expect(call.camera.transition).toBe('cut');
    expect(sheet.beats[sheet.beats.length - 1]!.camera.move).toBe('crane-up');
  });

  it('casts the unnamed "he" of a terse story as one male dancer who does what the text says', () => {
    const sheet = directShow(makeBeats(STORIES.terse!));
    expect(sheet.cast).toHaveLength(1);
    expect(sheet.cast[0]).toMatchObject({ gender: 'male', role: 'lead' });
    const id = sheet.cast[0]!.id;
    const action = (words: string) =>
      sheet.beats.find((b) => b.text.includes(words))!.dancers.find((d) => d.id === id)!.action;
    expect(familyOf(action('He jumped'))).toBe('jump');
    expect(action('He bowed low')).toBe('bow');
  });

  it('gives each verb to its own dancer, names the prince, and hears the music stop', () => {
    const sheet = directShow(makeBeats(STORIES.prince!));
    expect(sheet.cast).toEqual([
      { id: 'giselle', name: 'Giselle', gender: 'female', role: 'lead' },
      { id: 'prince', name: 'The prince', gender: 'male', role: 'partner' },
    ]);
    const find = (words: string) => sheet.beats.find((b) => b.text.includes(words))!;
    const dancer = (words: string, id: string) => find(words).dancers.find((d) => d.id === id)!;
    const watching = dancer('The prince watched her', 'prince');
    expect(familyOf(watching.action)).toBe('still');
    // She runs on from the wings (an entrance), and the run is a phrase that ends.
    expect(familyOf(dancer('she ran onto the stage', 'giselle').action)).toBe('travel');
    expect(dancer('The prince watched her', 'giselle').action).not.toBe(
      dancer('she ran onto the stage', 'giselle').action,
    );
    // He watches from the shadows: the follow-spot stays on her.
    expect(find('The prince watched her').lights.follow).toEqual(['giselle']);
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
    // "The audience clapped": the house, emptied by "the empty hall", is full again.
    expect(['applause', 'ovation']).toContain(sheet.beats[sheet.beats.length - 1]!.stage.audience);
    // The story stages its own curtain call: no epilogue after it.
    expect(sheet.beats[sheet.beats.length - 1]!.kind).toBe('story');
    expectShowInvariants(sheet, text);
  });

  it('directs a one-beat story and an empty one', () => {
    const one = directShow(makeBeats('She bowed.'));
    expectShowInvariants(one, 'She bowed.');
    const none = directShow([]);
    expect(none.beats).toEqual([]);
    expect(none.durationSec).toBe(0);
    expect(none.cast).toHaveLength(1);
  });
});
