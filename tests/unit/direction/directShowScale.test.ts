import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { directShow } from '../../../src/core/direction';
import { expectShowInvariants } from './cueInvariants';
import { makeBeats } from './makeBeats';

// Speed is measured by `npm run bench` (engineBuildMs200k), not here: timed unit tests are noise
// on a shared machine.
describe('directShow at scale', () => {
  it('directs 200 KB of story (about 2000 beats) as one show that keeps every invariant', () => {
    const seed = readFileSync('assets/stories/seed-story.txt', 'utf8');
    let text = '';
    while (text.length < 200_000) text += `${seed}\n\n`;
    const beats = makeBeats(text);
    expect(beats.length).toBeGreaterThan(1500);
    const sheet = directShow(beats);
    expectShowInvariants(sheet, text);
    // The story rises once: later "curtain rose" beats find it open.
    expect(sheet.beats.filter((b) => b.stage.curtain === 'opening')).toHaveLength(1);
    // The bows of the first telling stay in the performance; only the last ones are the call.
    const bows = sheet.beats.filter((b) => b.lights.state === 'bows');
    expect(bows.length).toBeLessThan(5);
  });
});
