import { describe, expect, it } from 'vitest';
import { detectCast } from '../../../src/core/direction/detectCast';
import { detectSubjects } from '../../../src/core/direction/detectSubjects';
import { tokenize } from '../../../src/core/direction/tokenize';
import { makeBeats } from './makeBeats';

function castOf(text: string) {
  const beats = makeBeats(text);
  const tokens = beats.map((b) => tokenize(b.text));
  const reading = detectCast(
    beats.map((b) => b.text),
    tokens,
  );
  return { reading, subjects: detectSubjects(tokens, reading) };
}

describe('detectCast', () => {
  it('takes the most named person as the lead, with her full name', () => {
    const { reading } = castOf(
      'Valentina Kalmurzaeva, a Russian ballerina, waited. Later Valentina smiled. The Bolshoi Ballet Academy trained her.',
    );
    expect(reading.cast[0]).toEqual({
      id: 'valentina',
      name: 'Valentina Kalmurzaeva',
      role: 'ballerina',
    });
    expect(reading.cast[1]).toEqual({ id: 'partner', name: 'Her partner', role: 'partner' });
  });

  it('casts a second named person as the partner, whatever the order', () => {
    const { reading } = castOf(
      'Then Paul entered. Marie danced. She was light. Paul watched Marie. He smiled.',
    );
    expect(reading.cast.map((c) => c.id).sort()).toEqual(['marie', 'paul']);
    expect(reading.cast[0].id).toBe('marie');
    expect(reading.genders).toMatchObject({ marie: 'f', paul: 'm' });
  });

  it('ignores capitalized words at the start of sentences only once', () => {
    const { reading } = castOf('Dancing was her life. Slowly the hall filled.');
    expect(reading.cast.map((c) => c.id)).toEqual(['ballerina', 'partner']);
  });

  it('reads a title and a name at the start of a sentence as a person', () => {
    const { reading } = castOf(
      'Odette drifted onto the stage. She spun once. Prince Siegfried leapt from the shadows and caught her. Odette smiled.',
    );
    expect(reading.cast[0]).toMatchObject({ id: 'odette', role: 'ballerina' });
    expect(reading.cast[1]).toEqual({ id: 'siegfried', name: 'Prince Siegfried', role: 'partner' });
  });

  it('slugs a Russian name and reads its case endings', () => {
    const { reading, subjects } = castOf('Анна стояла. Все смотрели на Анну. Она улыбнулась.');
    expect(reading.cast[0]).toMatchObject({ id: 'anna', role: 'ballerina' });
    expect(subjects.map((s) => s.agent)).toEqual(['anna', 'anna', 'anna']);
  });
});

describe('detectSubjects', () => {
  it('resolves pronouns to the last person of their gender, and "they" to the pair', () => {
    const { subjects } = castOf(
      'Then Odile stood still, and she breathed. Then Mikhail entered, and he waited. She smiled. He bowed to Odile. They danced. Mikhail left.',
    );
    expect(subjects.map((s) => s.agent)).toEqual([
      'odile',
      'mikhail',
      'odile',
      'mikhail',
      undefined,
      'mikhail',
    ]);
    expect(subjects[4]!.pair).toBe(true);
    expect(subjects[3]!.pair).toBe(true);
    expect(subjects[2]!.pair).toBe(false);
  });

  it('reads "her partner" as the partner, not her', () => {
    const { subjects } = castOf('Then Giselle waited. Her partner stepped forward.');
    expect(subjects[1]!.mentioned).toEqual(['partner']);
  });
});

describe('detectCast names', () => {
  it('keeps a hyphenated name whole', () => {
    const { reading } = castOf('Then Jean-Pierre bowed. Later Jean-Pierre smiled.');
    expect(reading.cast[0]).toMatchObject({ id: 'jean-pierre', name: 'Jean-Pierre' });
  });
});
