import { describe, expect, it } from 'vitest';
import { directStory } from './directedStory';

describe('who does what', () => {
  it('gives "she looked at him and curtsied" to her, the subject of both verbs, not to him', () => {
    const story = directStory(
      'Marco spun slowly in the centre of the stage. Elena came to him across the floor. She looked at him and curtsied. Marco lifted her high above his head.',
    );
    expect(story.family('She looked at him and curtsied', 'Elena')).toBe('bow');
    expect(story.family('She looked at him and curtsied', 'Marco')).not.toBe('bow');
  });

  it('ends a jump named once: it is not repeated in the beats about someone else', () => {
    const story = directStory(
      'Marco leapt high across the stage in a grand jete. Elena held her breath as she watched him from the wings. Then Elena walked out to the centre of the stage. Marco knelt before her and took her hand.',
    );
    expect(story.family('Marco leapt high', 'Marco')).toBe('jump');
    for (const beat of story.after('Marco leapt high')) {
      const marco = beat.dancers.find((d) => d.id === 'marco')!;
      expect(['saut', 'grand-jete', 'tour-jete'], beat.text).not.toContain(marco.action);
    }
  });

  it('reads "she held her breath" as stillness, not a partnered hold', () => {
    const story = directStory(
      'Marco leapt high across the stage in a grand jete. Elena held her breath as she watched him from the wings. Then Elena walked out to the centre of the stage. Marco knelt before her and took her hand.',
    );
    expect(story.family('Elena held her breath', 'Elena')).not.toBe('partnered');
    expect(story.family('Elena held her breath', 'Marco')).not.toBe('partnered');
  });
});

describe('word senses', () => {
  it("reads a hunter's bow as a weapon: he never bows", () => {
    const story = directStory(
      'A young hunter named Pavel walked into the birch wood with his bow. Pavel drew his bow and aimed at a white deer. Then Pavel lowered the bow and let the deer go. He smiled and walked home through the snow.',
    );
    expect(story.member('Pavel')).toMatchObject({ gender: 'male', role: 'lead' });
    for (const words of ['with his bow', 'drew his bow', 'lowered the bow']) {
      expect(story.family(words, 'Pavel'), words).not.toBe('bow');
    }
  });

  it('reads "fled" and "escaped" as exits, not jumps', () => {
    const story = directStory(
      'Lena danced alone in the great ballroom of the palace. At midnight Lena fled from the ballroom without a word. Kasimir waited for her at the garden gate. Together they escaped through the gate into the night.',
    );
    expect(story.action('Lena fled', 'Lena')).toBe('exit');
    expect(story.action('they escaped', 'Lena')).toBe('exit');
    expect(story.action('they escaped', 'Kasimir')).toBe('exit');
  });

  it('reads an inverted entrance ("Into the light stepped Marco") as his entrance', () => {
    const story = directStory(
      'Elena stood alone in the middle of the dark stage. Into the light stepped Marco, slow and proud. Marco held out his hand to her. Elena took it, and they danced.',
    );
    expect(story.action('Into the light stepped Marco', 'Marco')).toBe('enter');
    expect(story.family('Into the light stepped Marco', 'Elena')).not.toBe('travel');
  });

  it('reads "came out from behind the trees" as an entrance, and "sank to her knees" as a kneel', () => {
    const story = directStory(
      'Marco stood alone in the moonlit glade and waited. Elena came out from behind the trees in a white dress. She sank to her knees in front of him. Marco bowed his head and took her hands.',
    );
    expect(story.action('came out from behind the trees', 'Elena')).toBe('enter');
    expect(story.action('sank to her knees', 'Elena')).toBe('kneel');
  });
});

describe('the house and the lights', () => {
  it('reads empty seats as an empty house, and the curtain call to it stays silent', () => {
    const story = directStory(
      'Tomas danced alone for the empty seats of the old theater. He turned slowly in the middle of the stage. He bowed deeply to the empty rows. Then the stage went black.',
    );
    expect(story.beat('for the empty seats').stage.audience).toBe('empty');
    const epilogue = story.sheet.beats.filter((b) => b.kind === 'epilogue');
    expect(epilogue.length).toBeGreaterThan(0);
    for (const beat of epilogue) expect(beat.stage.audience).toBe('empty');
  });

  it('plays "the stage went black" as a blackout, and only then the curtain call', () => {
    const story = directStory(
      'Tomas danced alone for the empty seats of the old theater. He turned slowly in the middle of the stage. He bowed deeply to the empty rows. Then the stage went black.',
    );
    const black = story.beat('the stage went black');
    expect(black.lights).toMatchObject({ state: 'blackout', follow: [] });
    const next = story.sheet.beats[black.index + 1]!;
    expect(next.kind).toBe('epilogue');
    expect(next.lights.state).toBe('bows');
  });

  it('does not empty the house for a smile "at no one"', () => {
    const story = directStory(
      'Anna danced in the middle of the stage. She smiled at no one and kept dancing. Anna leapt once more across the floor.',
    );
    for (const beat of story.sheet.beats) expect(beat.stage.audience).not.toBe('empty');
  });

  it('does not take a person of the story clapping for the house’s applause and the curtain call', () => {
    const story = directStory(
      'Elena practised alone in the studio after class. Her classmate Sofia watched her from the doorway. Elena spun three times and landed softly. Sofia smiled and clapped her hands.',
    );
    const clap = story.beat('Sofia smiled and clapped');
    expect(clap.lights.state).not.toBe('bows');
    expect(['applause', 'ovation']).not.toContain(clap.stage.audience);
    // The story stages no curtain call of its own, so the epilogue brings one.
    expect(story.sheet.beats[story.sheet.beats.length - 1]!.kind).toBe('epilogue');
  });
});
