import { describe, expect, it } from 'vitest';
import { familyOf } from '../../../src/core/cuesheet/vocabulary';
import { directStory } from './directedStory';

/** What a character (who never dances) may do. */
const CHARACTER_FAMILIES = ['still', 'travel', 'bow'];

describe('the cast follows the story', () => {
  it('casts a man alone on the stage as a solo: one male dancer, no partner', () => {
    const { sheet } = directStory(
      'Tomas walked alone onto the dark stage. He raised his arms and turned slowly. He leapt across the floor and landed softly. Tomas stood still and listened to the silence.',
    );
    expect(sheet.cast).toEqual([{ id: 'tomas', name: 'Tomas', gender: 'male', role: 'lead' }]);
    // Nobody else is framed, followed or bowing: there is no phantom partner.
    for (const beat of sheet.beats) {
      expect(['pair', 'ensemble']).not.toContain(beat.camera.subject);
      expect(beat.dancers.map((d) => d.id)).toEqual(['tomas']);
    }
  });

  it('casts an old man as a danseur, not a ballerina', () => {
    const { sheet } = directStory(
      'The old man walked slowly onto the stage. He lifted his arms like a young dancer again. He turned once, carefully, on the spot. Then the old man bowed his grey head.',
    );
    expect(sheet.cast).toEqual([
      { id: 'old-man', name: 'The old man', gender: 'male', role: 'lead' },
    ]);
  });

  it.each([
    [
      'she comes first',
      'Elena waited in the forest clearing at dusk. Marco came through the trees to find her. She ran to him, and he caught her in his arms. Elena and Marco danced among the birches until the moon rose. Marco lifted her high, and Elena laughed.',
    ],
    [
      'he comes first',
      'In the forest, Marco was waiting for someone. Elena saw him from the path and smiled. She ran to him across the moss. Marco held her hands and they turned together. Then Elena leaned on him and rested.',
    ],
  ])(
    'reads genders from the pronouns: Marco ("him") is male, Elena ("she") female (%s)',
    (_, text) => {
      const story = directStory(text);
      expect(story.member('Marco')).toMatchObject({ id: 'marco', gender: 'male' });
      expect(story.member('Elena')).toMatchObject({ id: 'elena', gender: 'female' });
      expect(story.sheet.cast.map((m) => m.role).sort()).toEqual(['lead', 'partner']);
    },
  );

  it('casts a teacher who only gives corrections as a character, who never dances', () => {
    const story = directStory(
      'The ballet teacher sat by the mirror with her cane. Katya practised her pirouettes in the centre of the studio. The teacher corrected her arms and said it again. Katya leapt across the floor in a grand jete. The teacher gave her one more correction and nodded.',
    );
    expect(story.member('Katya')).toMatchObject({ gender: 'female', role: 'lead' });
    const teacher = story.member('teacher');
    expect(teacher).toMatchObject({ gender: 'female', role: 'character' });
    for (const beat of story.sheet.beats) {
      const cue = beat.dancers.find((d) => d.id === teacher.id)!;
      expect(CHARACTER_FAMILIES).toContain(familyOf(cue.action));
    }
  });

  it('casts a named teacher ("Madame Orlova, the old ballet teacher") as a character', () => {
    const story = directStory(
      'Madame Orlova, the old ballet teacher, sat by the mirror with her cane. Katya practised her pirouettes in the centre of the studio. Madame Orlova corrected her arms and tapped the floor with her cane. Katya leapt across the floor in a grand jete. Madame Orlova gave her one more correction and nodded.',
    );
    expect(story.member('Katya')).toMatchObject({ role: 'lead' });
    expect(story.member('Orlova')).toMatchObject({ gender: 'female', role: 'character' });
  });

  it('keeps a teacher whose corrections name steps a character: the steps are the pupil’s', () => {
    const story = directStory(
      'The ballet teacher sat by the mirror with her cane. Katya practised her pirouettes in the centre of the studio. The teacher told her to lift her chin and hold the arabesque. Katya leapt across the floor in a grand jete. The teacher asked her for one more jete and nodded.',
    );
    expect(story.member('Katya')).toMatchObject({ gender: 'female', role: 'lead' });
    expect(story.member('teacher')).toMatchObject({ role: 'character' });
    expect(story.family('told her to lift her chin', 'teacher')).not.toBe('partnered');
    expect(story.family('asked her for one more jete', 'teacher')).not.toBe('jump');
  });

  it('casts a classmate who only watches and claps as a character', () => {
    const story = directStory(
      'Elena practised alone in the studio after class. Her classmate Sofia watched her from the doorway. Elena spun three times and landed softly. Sofia smiled and clapped her hands.',
    );
    expect(story.member('Elena')).toMatchObject({ gender: 'female', role: 'lead' });
    expect(story.member('Sofia')).toMatchObject({ gender: 'female', role: 'character' });
  });

  it('casts both people a sentence names together ("Elena and Marco stood together")', () => {
    const story = directStory(
      'Elena and Marco stood together on the stage. She looked at him and curtsied. He smiled at her warmly.',
    );
    expect(story.member('Elena')).toMatchObject({ id: 'elena', gender: 'female' });
    expect(story.member('Marco')).toMatchObject({ id: 'marco', gender: 'male' });
  });

  it('reads "Pavel the hunter" as one person, not a hunter beside him', () => {
    const { sheet } = directStory(
      'Pavel the hunter walked into the birch wood with his bow. Pavel drew his bow and aimed at a white deer. Then Pavel lowered the bow and let the deer go. He smiled and walked home through the snow.',
    );
    expect(sheet.cast).toEqual([{ id: 'pavel', name: 'Pavel', gender: 'male', role: 'lead' }]);
  });
});
