/**
 * How well the director reads stories: runs the corpus in tests/corpus/direction (or the folder
 * given as the first argument) and prints how many of a reader's expectations the show meets,
 * and which not. `--write` records the figure in tests/corpus/ratchet.json (it only moves up).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreCorpus } from '../corpus/scoreCorpus';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? join('tests', 'corpus', 'direction');
const outcomes = scoreCorpus(dir);
const met = outcomes.filter((o) => o.met).length;
const missed = outcomes.filter((o) => !o.met);
if (!args.includes('--quiet'))
  for (const o of missed) console.log(`✗ ${o.story}: ${o.what} (got ${o.got})`);
const share = met / outcomes.length;
console.log(
  `direction: ${met} of ${outcomes.length} expectations met (${(share * 100).toFixed(1)}%) in ${dir}`,
);
if (args.includes('--write')) {
  const path = join('tests', 'corpus', 'ratchet.json');
  const old = JSON.parse(readFileSync(path, 'utf8')) as { met: number };
  if (met > old.met)
    writeFileSync(path, `${JSON.stringify({ met, of: outcomes.length }, null, 2)}\n`);
}
