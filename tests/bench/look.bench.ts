/**
 * `npm run bench:look`: the show as a viewer sees it (issue 8's figures). Prints them and merges
 * them into tests/bench/results.json; the per-frame list goes to tests/bench/look-frames.json.
 *   - Light (Chromium): the canvas alone (overlays hidden) at 640×360 with ?quality=medium, every
 *     3 s of the seed show. nearBlackFrames: frames with under 1% of pixels above luma 0.25
 *     outside a `blackout` cue; medianBrightness: median mean luma during the performance.
 *   - Shots (node): medianDancerHeight, the largest dancer on screen every 0.2 s during the
 *     performance, feet to head top through the sampled camera at 16:9, as a share of the frame.
 * It builds into a temporary folder (dist/ stays as other runs left it); `--no-build` reuses the
 * build in DIST_DIR (default dist/) instead. About 2–3 minutes with software WebGL.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { createShow, type CueSheet } from '../../src/core';
import { launchBrowser, openShow, serveBuild } from '../e2e/harness';
import { dancerHeights, duringPerformance } from './dancerHeights';
import { frameLuma, median } from './frameLuma';

const STEP_SEC = 3;
const WIDTH = 640;
const HEIGHT = 360;
const started = performance.now();
const round = (value: number, digits = 3) => Number(value.toFixed(digits));

// Shots first: node only, a second or two.
const seed = readFileSync('assets/stories/seed-story.txt', 'utf8');
const heights = dancerHeights(createShow(seed), 0.2);
const judgedHeights = heights.filter((s) => s.performance && s.dancerId);
const medianDancerHeight = round(median(judgedHeights.map((s) => s.heightFrac)));
const byShot = new Map<string, number[]>();
for (const s of judgedHeights) byShot.set(s.shot, [...(byShot.get(s.shot) ?? []), s.heightFrac]);
console.log('largest dancer on screen during the performance, by shot (median, samples):');
for (const [shot, values] of byShot) {
  console.log(`  ${shot.padEnd(14)} ${round(median(values), 2)}  ${values.length}`);
}

// Light: screenshots of the built show.
if (!process.argv.includes('--no-build')) {
  process.env.DIST_DIR = join(tmpdir(), 'proscenium-look-dist');
  await build({ logLevel: 'warn', build: { outDir: process.env.DIST_DIR, emptyOutDir: true } });
}
const builtAt = performance.now();
const server = await serveBuild();
const browser = await launchBrowser();
interface LookFrame {
  tSec: number;
  beat: number;
  lights: string;
  curtain: string;
  audience: string;
  performance: boolean;
  meanLuma: number;
  brightShare: number;
  nearBlack: boolean;
}
const frames: LookFrame[] = [];
let readyAt = NaN;
try {
  const page = await openShow(browser, `${server.url}?quality=medium&captions=off`, WIDTH, HEIGHT);
  readyAt = performance.now();
  await page.addStyleTag({ content: '.player, .editor-toggle { display: none !important; }' });
  const show = (await page.evaluate(() => window.proscenium!.show)) as CueSheet;
  // The canvas fills the page; a clipped page screenshot is the canvas alone, and quicker.
  const clip = (await page.locator('canvas').first().boundingBox())!;
  for (let tSec = 0; tSec < show.durationSec; tSec += STEP_SEC) {
    await page.evaluate(async (t) => {
      window.proscenium!.pause();
      window.proscenium!.seek(t);
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    }, tSec);
    const luma = frameLuma(await page.screenshot({ clip }));
    const beat = show.beats.find((b) => tSec >= b.startSec && tSec < b.startSec + b.durationSec);
    frames.push({
      tSec,
      beat: beat?.index ?? -1,
      lights: beat?.lights.state ?? '?',
      curtain: beat?.stage.curtain ?? '?',
      audience: beat?.stage.audience ?? '?',
      performance: duringPerformance(beat),
      meanLuma: round(luma.meanLuma, 4),
      brightShare: round(luma.brightShare, 4),
      nearBlack: luma.nearBlack,
    });
  }
} finally {
  await browser.close();
  await server.close();
}

console.log('\n    t  beat  lights    curtain  audience  luma   >0.25');
for (const f of frames) {
  const mark = f.nearBlack ? (f.lights === 'blackout' ? ' (blackout)' : ' NEAR-BLACK') : '';
  console.log(
    `${String(f.tSec).padStart(5)}  ${String(f.beat).padStart(4)}  ${f.lights.padEnd(8)}  ${f.curtain.padEnd(7)}  ${f.audience.padEnd(8)}  ${f.meanLuma.toFixed(3)}  ${(f.brightShare * 100).toFixed(1).padStart(5)}%${f.performance ? '  *' : ''}${mark}`,
  );
}
console.log('    (* during the performance: curtain open, audience not applauding)\n');

const performanceFrames = frames.filter((f) => f.performance);
const figures = {
  nearBlackFrames: frames.filter((f) => f.nearBlack && f.lights !== 'blackout').length,
  framesJudged: frames.length,
  nearBlackAll: frames.filter((f) => f.nearBlack).length,
  nearBlackDuringPerformance: performanceFrames.filter((f) => f.nearBlack).length,
  performanceFramesJudged: performanceFrames.length,
  medianBrightness: round(median(performanceFrames.map((f) => f.meanLuma))),
  medianBrightnessAll: round(median(frames.map((f) => f.meanLuma))),
  medianDancerHeight,
  dancerSamplesJudged: judgedHeights.length,
  dancerOutOfFrameSamples: heights.filter((s) => s.performance && !s.dancerId).length,
};
for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(28)} ${value}`);

const path = 'tests/bench/results.json';
const previous = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
writeFileSync(path, `${JSON.stringify({ ...previous, ...figures }, null, 2)}\n`);
writeFileSync(
  'tests/bench/look-frames.json',
  `${JSON.stringify({ frames, dancerHeights: heights.filter((s) => s.performance) }, null, 2)}\n`,
);
const sec = (from: number, to: number) => ((to - from) / 1000).toFixed(0);
const done = performance.now();
console.log(
  `\n${sec(started, done)} s: build ${sec(started, builtAt)}, first frame ${sec(builtAt, readyAt)}, screenshots ${sec(readyAt, done)}`,
);
