/**
 * `npm run bench` (after the engine figures): the built show against a baseline page (a bare R3F
 * canvas, one cube, one shadow-casting volumetric spotlight) in headless Chromium at 1280x720,
 * alternating the two in one run. Prints figures and merges them into tests/bench/results.json.
 * Absolute times on a shared machine are noise; the ratios measured in one run are the figures.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { launchBrowser } from '../e2e/harness';

const ROUNDS = 3;
const SAMPLE_MS = 4000;

function gzBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    if (/\.(js|css|html)$/.test(name)) total += gzipSync(readFileSync(join(dir, name))).length;
  }
  return total;
}

async function serve(outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  return { url: server.resolvedUrls!.local[0]!, close: () => server.close() };
}

/** Opens a page, returns its time to first frame and its median frame time over SAMPLE_MS. */
async function measure(browser: Browser, url: string, isShow: boolean) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, {
    polling: 'raf',
    timeout: 120_000,
  });
  const ttffMs = await page.evaluate(() => performance.now());
  if (isShow) {
    await page.evaluate(() => {
      const api = window.proscenium!;
      api.seek(api.show.durationSec * 0.4);
      api.play();
    });
  }
  await page.waitForTimeout(1000);
  // Sent as text: tsx names functions with a helper (__name) that the page does not have.
  const frameMs = (await page.evaluate(`new Promise((resolve) => {
    const deltas = [];
    const start = performance.now();
    let last = start;
    const step = (now) => {
      deltas.push(now - last);
      last = now;
      if (now - start < ${SAMPLE_MS}) requestAnimationFrame(step);
      else resolve(deltas.sort((a, b) => a - b)[Math.floor(deltas.length / 2)]);
    };
    requestAnimationFrame(step);
  })`)) as number;
  const stats = isShow ? await page.evaluate(() => window.proscenium!.stats()) : undefined;
  await page.close();
  return { ttffMs, frameMs, stats };
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

await build({ logLevel: 'warn' });
await build({ configFile: 'tests/bench/vite.baseline.config.ts' });
const show = await serve('dist');
const baseline = await serve('dist-baseline');
const browser = await launchBrowser();
const showRuns = [];
const baselineRuns = [];
try {
  for (let round = 0; round < ROUNDS; round++) {
    baselineRuns.push(await measure(browser, baseline.url, false));
    showRuns.push(await measure(browser, `${show.url}?captions=off`, true));
  }
} finally {
  await browser.close();
  await show.close();
  await baseline.close();
}

const last = showRuns.at(-1)!.stats!;
const figures = {
  frameMsShow: Number(median(showRuns.map((r) => r.frameMs)).toFixed(1)),
  frameMsBaseline: Number(median(baselineRuns.map((r) => r.frameMs)).toFixed(1)),
  frameRatio: 0,
  ttffMsShow: Math.round(median(showRuns.map((r) => r.ttffMs))),
  ttffMsBaseline: Math.round(median(baselineRuns.map((r) => r.ttffMs))),
  drawCalls: last.drawCalls,
  triangles: last.triangles,
  programs: last.programs,
  bundleGzBytes: gzBytes('dist'),
  baselineBundleGzBytes: gzBytes('dist-baseline'),
};
figures.frameRatio = Number((figures.frameMsShow / figures.frameMsBaseline).toFixed(2));
for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(24)} ${value}`);

const path = 'tests/bench/results.json';
const previous = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
writeFileSync(path, `${JSON.stringify({ ...previous, ...figures }, null, 2)}\n`);
