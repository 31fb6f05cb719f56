/**
 * `npm run bench:readers`: the English readers side by side. For the rule-based reader and
 * compromise, prints how many of the corpus's expectations (tests/corpus/direction, or the folder
 * given as the first argument) the show meets, and how long 200 KB of text takes to become a
 * CueSheet (median of several runs). `--misses` also lists what each reader alone gets wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createShow } from '../../src/core';
import { compromiseReader } from '../../src/core/direction/compromiseReader';
import { ruleReader, type StoryReader } from '../../src/core/direction/grammar';
import { scoreCorpus, type Outcome } from '../corpus/scoreCorpus';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? join('tests', 'corpus', 'direction');
const readers: StoryReader[] = [ruleReader, compromiseReader];

/** The corpus stories, end to end and repeated, until they are about `bytes` long. */
function corpusText(bytes: number): string {
  const stories = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').trim());
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const story = stories[i % stories.length] ?? '';
    parts.push(story);
    size += story.length + 2;
  }
  return parts.join('\n\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function buildMs(text: string, reader: StoryReader, runs = 5): number {
  createShow(text, { reader }); // warm up the JIT (and compromise's lexicon)
  return median(
    Array.from({ length: runs }, () => {
      const start = performance.now();
      createShow(text, { reader });
      return performance.now() - start;
    }),
  );
}

const key = (o: Outcome) => `${o.story}: ${o.what}`;
const text = corpusText(200_000);
const results = readers.map((reader) => {
  const outcomes = scoreCorpus(dir, reader);
  return { reader, outcomes, met: outcomes.filter((o) => o.met).length, ms: buildMs(text, reader) };
});
for (const { reader, outcomes, met, ms } of results) {
  const share = ((met / outcomes.length) * 100).toFixed(1);
  console.log(
    `${reader.id.padEnd(10)} ${met} of ${outcomes.length} expectations met (${share}%); ` +
      `200 KB build ${ms.toFixed(0)} ms`,
  );
}
if (args.includes('--misses')) {
  for (const { reader, outcomes } of results) {
    const others = results.filter((r) => r.reader !== reader);
    for (const o of outcomes) {
      if (o.met) continue;
      const metElsewhere = others.some((r) => r.outcomes.some((x) => x.met && key(x) === key(o)));
      if (metElsewhere) console.log(`✗ ${reader.id} only: ${key(o)} (got ${o.got})`);
    }
  }
}
console.log(`(200 KB text: ${text.length} chars of the corpus stories in ${dir}, repeated)`);
