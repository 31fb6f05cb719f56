import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CueSheet } from '../../src/core';
import { launchBrowser, openShow, serveBuild } from './harness';
import { pixelDifference, pixelStats } from './pixels';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveBuild>>;
let page: Page;
let show: CueSheet;

beforeAll(async () => {
  server = await serveBuild();
  browser = await launchBrowser();
  page = await openShow(browser, `${server.url}?captions=off`);
  // Only the stage itself may make a picture non-blank: hide the player's DOM overlays.
  await page.addStyleTag({ content: '.player, .editor-toggle { display: none !important; }' });
  show = await page.evaluate(() => window.proscenium!.show);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Seeks, pauses, lets two frames draw and takes a screenshot of the canvas. */
async function shotAt(tSec: number): Promise<Buffer> {
  await page.evaluate(async (t) => {
    window.proscenium!.pause();
    window.proscenium!.seek(t);
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
  }, tSec);
  return page.locator('canvas').screenshot();
}

const usedBeats = new Set<number>();

/** A moment inside the first matching beat not already shown (so every picture is another beat). */
function beatTime(match: (beat: CueSheet['beats'][number]) => boolean): number {
  const beat = show.beats.find((b) => match(b) && !usedBeats.has(b.index));
  if (!beat) throw new Error('the seed show has no such beat');
  usedBeats.add(beat.index);
  return beat.startSec + beat.durationSec * 0.6;
}

describe('the seed show in Chromium', () => {
  it('marks itself ready and exposes the show', () => {
    expect(show.beats.length).toBeGreaterThan(10);
    // Cue sheet v2: a pas de deux, she the lead and he her partner, framed by the story itself.
    expect(show.version).toBe(2);
    expect(show.cast.map((c) => [c.role, c.gender])).toEqual([
      ['lead', 'female'],
      ['partner', 'male'],
    ]);
    expect(show.beats.every((b) => b.kind === 'story')).toBe(true);
  });

  it('advances when playing', async () => {
    await page.evaluate(() => {
      window.proscenium!.seek(0);
      window.proscenium!.play();
    });
    await expect
      .poll(() => page.evaluate(() => window.proscenium!.state().tSec), { timeout: 20_000 })
      .toBeGreaterThan(1);
    expect(await page.evaluate(() => window.proscenium!.state().playing)).toBe(true);
  });

  it('draws distinct, non-blank pictures at a dozen beats', async () => {
    const family = (names: string[]) => (b: CueSheet['beats'][number]) =>
      b.dancers.some((d) => names.includes(d.action));
    const moments: Array<[string, number]> = [
      ['curtain closed', 0.5],
      ['curtain rising', beatTime((b) => b.stage.curtain === 'opening')],
      ['the wash while she dances', beatTime((b) => b.lights.state === 'wash')],
      ['partnering', beatTime(family(['promenade', 'lift', 'fish-dive', 'supported-pirouette']))],
      [
        'a jump or travel',
        beatTime(family(['saut', 'grand-jete', 'tour-jete', 'bourree', 'chaines', 'run'])),
      ],
      ['the bow', beatTime(family(['bow', 'reverence']))],
      [
        'the applause',
        beatTime((b) => b.stage.audience === 'applause' || b.stage.audience === 'ovation'),
      ],
    ];
    for (const fraction of [0.15, 0.3, 0.45, 0.6, 0.75]) {
      const near = Math.round(fraction * (show.beats.length - 1));
      const index = show.beats.findIndex((b) => b.index >= near && !usedBeats.has(b.index));
      if (index >= 0)
        moments.push([`${fraction * 100}% through`, beatTime((b) => b.index === index)]);
    }
    const shots: Array<[string, Buffer]> = [];
    for (const [name, t] of moments) {
      const png = await shotAt(t);
      const stats = pixelStats(png);
      expect(stats.stdLuma, `${name} is flat`).toBeGreaterThan(4);
      expect(stats.litShare, `${name} is black`).toBeGreaterThan(0.02);
      shots.push([name, png]);
    }
    for (let i = 1; i < shots.length; i++) {
      const [name, png] = shots[i]!;
      const [previousName, previous] = shots[i - 1]!;
      expect(pixelDifference(png, previous), `${name} looks like ${previousName}`).toBeGreaterThan(
        1,
      );
    }
  });

  it('keeps within the draw-call and shader budget', async () => {
    const stats = await page.evaluate(() => window.proscenium!.stats());
    expect(stats.drawCalls).toBeGreaterThan(5);
    expect(stats.drawCalls).toBeLessThan(80);
    expect(stats.programs).toBeGreaterThan(0);
    expect(stats.programs).toBeLessThan(16);
    expect(stats.contextLosses).toBe(0);
  });

  it('starts at the beat the URL names', async () => {
    await page.close(); // one software-rendered page at a time
    const other = await openShow(browser, `${server.url}?beat=5&captions=on`);
    await other.evaluate(() => window.proscenium!.pause());
    const state = await other.evaluate(() => window.proscenium!.state());
    const beat = show.beats[state.beatIndex]!;
    // It started at beat 5; the clock may have run a little while the page loaded.
    expect(state.tSec).toBeGreaterThanOrEqual(show.beats[5]!.startSec);
    expect(state.tSec).toBeLessThan(show.beats[5]!.startSec + 3);
    await expect.poll(() => other.locator('.caption').textContent()).toBe(beat.text);
    await other.close();
  });

  it('loops the show in a kiosk', async () => {
    const start = Math.max(0, show.durationSec - 1);
    const kiosk = await openShow(browser, `${server.url}?kiosk&captions=off&t=${start}`);
    await expect
      .poll(() => kiosk.evaluate(() => window.proscenium!.state().loops), { timeout: 60_000 })
      .toBeGreaterThanOrEqual(1);
    expect(await kiosk.evaluate(() => window.proscenium!.state().playing)).toBe(true);
    await kiosk.close();
  });
});
