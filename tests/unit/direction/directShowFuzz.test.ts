import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { directShow } from '../../../src/core/direction';
import { createPrng, pick } from '../../../src/core/direction/prng';
import { expectShowInvariants } from './cueInvariants';
import { makeBeats } from './makeBeats';
import { STORIES } from './stories';

const sentences = [readFileSync('assets/stories/seed-story.txt', 'utf8'), ...Object.values(STORIES)]
  .flatMap((text) => text.split(/(?<=[.!?])\s+/))
  .filter((s) => s.trim().length > 0);

/** A story of `count` sentences drawn from all the test stories, in paragraphs of 1-5. */
function shuffledStory(seed: number, count: number): string {
  const prng = createPrng(seed);
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  for (let i = 0; i < count; i++) {
    paragraph.push(pick(prng, sentences));
    if (paragraph.length >= 1 + Math.floor(prng() * 5)) {
      paragraphs.push(paragraph.join(' '));
      paragraph = [];
    }
  }
  if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
  return paragraphs.join('\n\n');
}

describe('directShow on shuffled stories', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])('keeps every invariant (story %i)', (seed) => {
    const text = shuffledStory(seed, 2 + ((seed * 7) % 60));
    for (const showSeed of [undefined, seed]) {
      expectShowInvariants(directShow(makeBeats(text), { seed: showSeed }), text);
    }
  });
});
