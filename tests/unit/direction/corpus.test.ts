import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreCorpus } from '../../corpus/scoreCorpus';

const ratchet = JSON.parse(readFileSync(join('tests', 'corpus', 'ratchet.json'), 'utf8')) as {
  met: number;
  of: number;
};

describe('the direction corpus', () => {
  it('meets at least as many of a reader’s expectations as the figure recorded in the repo', () => {
    const outcomes = scoreCorpus(join('tests', 'corpus', 'direction'));
    const met = outcomes.filter((o) => o.met).length;
    // The ratchet only moves up (npm run bench:direction -- --write); the corpus is never edited to pass.
    expect(outcomes.length).toBe(ratchet.of);
    expect(met).toBeGreaterThanOrEqual(ratchet.met);
  });
});
