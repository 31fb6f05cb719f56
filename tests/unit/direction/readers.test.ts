import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/direction';
import { compromiseReader } from '../../../src/core/direction/compromiseReader';
import { ruleReader, type Pos, type StoryReader } from '../../../src/core/direction/grammar';
import { createShow } from '../../../src/core';

/** The tag a reader gives each word of `text`, by the word as written. */
function tagsOf(reader: StoryReader, text: string): Map<string, Pos> {
  const tokens = tokenize(text);
  const tags = reader.tag(tokens, text);
  return new Map(tokens.map((t, i) => [t.raw, tags[i] ?? 'other']));
}

describe.each([ruleReader, compromiseReader])('the $id reader', (reader) => {
  it('reads "She looked at him and curtsied." as pronoun, verb, pronoun, verb', () => {
    const tags = tagsOf(reader, 'She looked at him and curtsied.');
    expect(tags.get('She')).toBe('pron');
    expect(tags.get('looked')).toBe('verb');
    expect(tags.get('him')).toBe('pron');
    expect(tags.get('curtsied')).toBe('verb');
  });

  it("reads the hunter's bow as a noun", () => {
    expect(tagsOf(reader, "The hunter's bow was slung across his back.").get('bow')).toBe('noun');
  });

  it('reads a name mid-sentence as a proper noun', () => {
    expect(tagsOf(reader, 'She danced with Marco under the trees.').get('Marco')).toBe('propn');
  });

  it.each([
    '',
    'She looked at him and curtsied.',
    "“Again,” said the teacher. She didn't stop; Marco's pas-de-deux — a grand jeté! — ended.",
    'Она танцевала одна, а потом поклонилась.',
    'The prince   bowed.\n\nThen, at last, they rose — together.',
  ])('gives one tag per token of %j', (text) => {
    const tokens = tokenize(text);
    const tags = reader.tag(tokens, text);
    expect(tags).toHaveLength(tokens.length);
    for (const tag of tags) expect(typeof tag).toBe('string');
  });

  it('casts both people of a short duet', () => {
    const sheet = createShow('Elena danced for Marco. He lifted her, and she bowed.', { reader });
    expect(sheet.cast.map((m) => m.name).sort()).toEqual(['Elena', 'Marco']);
  });
});

describe('compromiseReader', () => {
  it('leaves a beat in another script to the rule reader', () => {
    const text = 'Она танцевала одна, а потом поклонилась.';
    const tokens = tokenize(text);
    expect(compromiseReader.tag(tokens, text)).toEqual(ruleReader.tag(tokens, text));
  });

  it('tells an object "her" from a possessive one', () => {
    const text = 'He lifted her and she sank to her knees.';
    const tags = compromiseReader.tag(tokenize(text), text);
    expect([tags[1], tags[2], tags[5], tags[7]]).toEqual(['verb', 'pron', 'verb', 'det']);
  });
});
