import { createShow, type CreateShowOptions } from '../../../src/core/createShow';
import type { BeatCues, CastMember, CueSheet } from '../../../src/core/cuesheet/schema';
import { familyOf, type Action, type ActionFamily } from '../../../src/core/cuesheet/vocabulary';

/** A directed story and questions a reader would ask of it, by the words of a beat and a person's name. */
export interface DirectedStory {
  sheet: CueSheet;
  /** The cast member whose name contains `name` ("Marco", "teacher"); throws when nobody is cast so. */
  member(name: string): CastMember;
  /** The story beat whose text contains `words`. */
  beat(words: string): BeatCues;
  /** What the person named `name` does on the beat with `words`. */
  action(words: string, name: string): Action;
  /** The family of that action. */
  family(words: string, name: string): ActionFamily;
  /** The story beats after the one with `words`. */
  after(words: string): BeatCues[];
}

/** Test helper: directs `text` with createShow, as the editor and the CLI do. */
export function directStory(text: string, options?: CreateShowOptions): DirectedStory {
  const sheet = createShow(text, options);
  const member = (name: string): CastMember => {
    const found = sheet.cast.find((m) => m.name.toLowerCase().includes(name.toLowerCase()));
    if (!found) {
      const cast = sheet.cast.map((m) => `${m.name} (${m.role})`).join(', ');
      throw new Error(`nobody named "${name}" in the cast: ${cast}`);
    }
    return found;
  };
  const beat = (words: string): BeatCues => {
    const found = sheet.beats.find((b) => b.kind === 'story' && b.text.includes(words));
    if (!found) throw new Error(`no story beat contains "${words}"`);
    return found;
  };
  const action = (words: string, name: string): Action => {
    const { id } = member(name);
    const cue = beat(words).dancers.find((d) => d.id === id);
    if (!cue) throw new Error(`${id} has no cue on "${words}"`);
    return cue.action;
  };
  return {
    sheet,
    member,
    beat,
    action,
    family: (words, name) => familyOf(action(words, name)),
    after: (words) => sheet.beats.filter((b) => b.kind === 'story' && b.index > beat(words).index),
  };
}
