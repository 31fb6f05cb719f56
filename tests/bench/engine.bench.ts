/**
 * `npm run bench:engine`: how fast the pure engine is, in node. Prints figures; asserts nothing.
 *   - engineBuildMs200k: 200 KB of text -> CueSheet (median of several runs)
 *   - sampleUs: one sampleTimeline call (mean over many, with a reused frame)
 *   - coreBundleGzBytes: src/core bundled and minified by esbuild, gzipped
 */
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { compileTimeline, createShow, sampleTimeline } from '../../src/core';

const seed = readFileSync('assets/stories/seed-story.txt', 'utf8');

/** About `bytes` of story: the seed's sentences reshuffled, paragraph by paragraph. */
function makeText(bytes: number): string {
  const sentences = seed.split(/(?<=[.!?])\s+/);
  let state = 42;
  const next = () => (state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const count = 3 + Math.floor(next() * 4);
    const paragraph = Array.from(
      { length: count },
      () => sentences[Math.floor(next() * sentences.length)],
    ).join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const text = makeText(200_000);
createShow(text); // warm up the JIT
const buildTimes = Array.from({ length: 7 }, () => {
  const start = performance.now();
  createShow(text);
  return performance.now() - start;
});
const engineBuildMs200k = median(buildTimes);

const timeline = compileTimeline(createShow(seed));
const frame = sampleTimeline(timeline, 0);
const durationSec = timeline.durationSec;
const calls = 200_000;
for (let i = 0; i < calls; i++) sampleTimeline(timeline, (i * 0.0137) % durationSec, frame);
const start = performance.now();
for (let i = 0; i < calls; i++) sampleTimeline(timeline, (i * 0.0137) % durationSec, frame);
const sampleUs = ((performance.now() - start) * 1000) / calls;

/** src/core bundled and minified, gzipped; `external` packages are left out. */
async function coreGzBytes(external: string[]): Promise<number> {
  const bundle = await build({
    entryPoints: ['src/core/index.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    treeShaking: true,
    external,
  });
  return gzipSync(bundle.outputFiles[0]!.contents).length;
}
// three is shared with the stage (the core uses only its math classes), so the core's own
// figure leaves it out; the total is printed too.
const coreBundleGzBytes = await coreGzBytes(['three']);
const coreWithThreeGzBytes = await coreGzBytes([]);

const figures = {
  textBytes: text.length,
  engineBuildMs200k: Number(engineBuildMs200k.toFixed(1)),
  sampleUs: Number(sampleUs.toFixed(3)),
  coreBundleGzBytes,
  coreWithThreeGzBytes,
};
console.log(`200 KB text -> cue sheet: ${figures.engineBuildMs200k} ms (goal < 300)`);
console.log(`sampleTimeline:           ${figures.sampleUs} µs per call (goal < 5)`);
console.log(
  `core bundle, gzipped:     ${(coreBundleGzBytes / 1024).toFixed(1)} KB without three (aim < 25)`,
);
console.log(`  with three's math:      ${(coreWithThreeGzBytes / 1024).toFixed(1)} KB`);

const path = 'tests/bench/results.json';
const previous = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
mkdirSync('tests/bench', { recursive: true });
writeFileSync(path, `${JSON.stringify({ ...previous, ...figures }, null, 2)}\n`);
