import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CueSheet } from '../../src/core';
import { launchBrowser, openShow, serveBuild } from './harness';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveBuild>>;
let page: Page;
let show: CueSheet;

const POLL = { timeout: 30_000 };

beforeAll(async () => {
  server = await serveBuild();
  browser = await launchBrowser();
  page = await openInContext(`${server.url}?quality=low&captions=on`);
  show = await page.evaluate(() => window.proscenium!.show);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Like openShow, but in its own browser context, which axe needs. */
async function openInContext(url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 480, height: 270 } });
  const opened = await context.newPage();
  await opened.goto(url);
  await opened.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, {
    timeout: 60_000,
  });
  return opened;
}

const state = (on: Page = page) => on.evaluate(() => window.proscenium!.state());
const captionText = (on: Page = page) => on.locator('.caption').textContent();

/** Pauses at `tSec` and takes focus off any control, so keys go to the page. */
async function pauseAt(tSec: number): Promise<void> {
  await page.evaluate((t) => {
    window.proscenium!.pause();
    window.proscenium!.seek(t);
    (document.activeElement as HTMLElement | null)?.blur();
  }, tSec);
}

describe('the player in Chromium', () => {
  it('advances the captions while playing', async () => {
    const beat = show.beats[3]!;
    await pauseAt(beat.startSec + beat.durationSec - 0.4);
    await expect.poll(() => captionText(), POLL).toBe(beat.text);
    await page.evaluate(() => window.proscenium!.play());
    await expect.poll(() => captionText(), POLL).toBe(show.beats[4]!.text);
    await page.evaluate(() => window.proscenium!.pause());
  });

  it('seeks where the scrubber is clicked', async () => {
    await pauseAt(0);
    const box = await page.locator('.scrubber').boundingBox();
    expect(box).not.toBeNull();
    await page.mouse.click(box!.x + box!.width * 0.5, box!.y + box!.height / 2);
    await expect
      .poll(async () => (await state()).tSec / show.durationSec, POLL)
      .toBeCloseTo(0.5, 1);
    expect((await state()).playing).toBe(false);
  });

  it('shows a beat marker per beat and the beat text on hover', async () => {
    expect(await page.locator('.scrubber-marker').count()).toBe(show.beats.length);
    const box = (await page.locator('.scrubber').boundingBox())!;
    const beat = show.beats[6]!;
    const x = box.x + box.width * ((beat.startSec + beat.durationSec / 2) / show.durationSec);
    await page.mouse.move(x, box.y + box.height / 2);
    await expect.poll(() => page.locator('.scrubber-tip').textContent(), POLL).toContain(beat.text);
    await page.mouse.move(10, 10);
  });

  it('answers the keys', async () => {
    await pauseAt(show.beats[2]!.startSec + 0.1);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await state()).playing, POLL).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await state()).playing, POLL).toBe(false);

    // Space on the focused scrubber plays too; a focused button keeps Space for itself.
    await page.locator('.scrubber').focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await state()).playing, POLL).toBe(true);

    await pauseAt(show.beats[2]!.startSec + 0.1);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await state()).beatIndex, POLL).toBe(3);
    await page.keyboard.press('End');
    await expect.poll(async () => (await state()).beatIndex, POLL).toBe(show.beats.length - 1);
    await page.keyboard.press('Home');
    await expect.poll(async () => (await state()).tSec, POLL).toBe(0);

    await page.keyboard.press('?');
    await expect.poll(() => page.getByRole('dialog').isVisible(), POLL).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count(), POLL).toBe(0);

    await page.keyboard.press('c');
    await expect.poll(() => page.locator('.caption').count(), POLL).toBe(0);
    await page.keyboard.press('c');
    await expect.poll(() => page.locator('.caption').count(), POLL).toBe(1);
  });

  it('ignores the keys while the viewer types in a text field', async () => {
    await pauseAt(5);
    await page.evaluate(() => {
      const field = document.createElement('textarea');
      field.id = 'typing-probe';
      document.body.append(field);
      field.focus();
    });
    await page.keyboard.type(' c?');
    await page.keyboard.press('End');
    expect(await page.locator('#typing-probe').inputValue()).toBe(' c?');
    const after = await state();
    expect(after.playing).toBe(false);
    expect(after.tSec).toBe(5);
    expect(await page.locator('.caption').count()).toBe(1);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.evaluate(() => document.getElementById('typing-probe')?.remove());
  });

  it('seeks to a sentence clicked in the story panel', async () => {
    await pauseAt(0);
    await page.getByRole('button', { name: 'Story text', exact: true }).click();
    const sentence = page.locator('.story-panel li button').nth(7);
    await sentence.click();
    await expect.poll(async () => (await state()).beatIndex, POLL).toBe(7);
    await expect.poll(() => sentence.getAttribute('aria-current'), POLL).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.story-panel').count(), POLL).toBe(0);
    await page.getByRole('button', { name: 'Story text', exact: true }).click();
  });

  it('has no serious or critical accessibility violations', async () => {
    const seriousViolations = async () => {
      // Judge the settled page: a caption fading in (0.4 s) is mid-blend, not its real contrast.
      await page.waitForFunction(() =>
        document.getAnimations().every((a) => a.playState !== 'running'),
      );
      const results = await new AxeBuilder({ page }).include('.player').analyze();
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await seriousViolations()).toEqual([]); // with the story panel open
    await page.getByRole('button', { name: 'Close the story' }).click();
    await page.keyboard.press('?');
    await expect.poll(() => page.getByRole('dialog').count(), POLL).toBe(1);
    expect(await seriousViolations()).toEqual([]); // with the help open
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count(), POLL).toBe(0);
  });

  it('writes the position into the URL while paused, keeping other params', async () => {
    await pauseAt(30.04);
    await expect.poll(() => new URL(page.url()).searchParams.get('t'), POLL).toBe('30');
    expect(new URL(page.url()).searchParams.get('quality')).toBe('low');
  });

  it('fades the controls while playing and brings them back on a pointer move', async () => {
    await pauseAt(1);
    const player = page.locator('.player');
    await expect.poll(() => player.getAttribute('data-controls'), POLL).toBe('shown');
    await page.evaluate(() => window.proscenium!.play());
    await expect.poll(() => player.getAttribute('data-controls'), POLL).toBe('hidden');
    await page.mouse.move(200, 100);
    await page.mouse.move(220, 120);
    await expect.poll(() => player.getAttribute('data-controls'), POLL).toBe('shown');
    await page.evaluate(() => window.proscenium!.pause());
  });

  it('starts at the beat the URL names, with its caption', async () => {
    await page.context().close(); // one software-rendered page at a time
    const other = await openShow(browser, `${server.url}?beat=5`);
    await other.evaluate(() => window.proscenium!.pause());
    const { tSec, beatIndex } = await state(other);
    // It started at beat 5; the clock may have run while the page loaded.
    expect(tSec).toBeGreaterThanOrEqual(show.beats[5]!.startSec);
    expect(tSec).toBeLessThan(show.beats[5]!.startSec + 10);
    await expect.poll(() => captionText(other), POLL).toBe(show.beats[beatIndex]!.text);
    await other.close();
  });

  it('keeps captions above the controls on a 360×640 phone', async () => {
    const phone = await openShow(browser, server.url, 360, 640);
    await phone.evaluate(() => {
      window.proscenium!.pause();
      // The longest sentence makes the tallest caption.
      const beats = window.proscenium!.show.beats;
      const longest = beats.reduce((a, b) => (b.text.length > a.text.length ? b : a));
      window.proscenium!.seek(longest.startSec + 0.1);
    });
    const controls = (await phone.locator('.transport').boundingBox())!;
    const captionBox = async () => (await phone.locator('.caption').boundingBox())!;
    // Paused, the controls show and the captions rise above them (a short transition).
    await expect
      .poll(async () => (await captionBox()).y + (await captionBox()).height, POLL)
      .toBeLessThanOrEqual(controls.y);
    const caption = await captionBox();
    expect(caption.height).toBeGreaterThan(10);
    // Below the stage's 16:9 picture (lifted toward the top of a portrait screen; even centred,
    // it would end here).
    expect(caption.y).toBeGreaterThanOrEqual(640 / 2 + (360 * 9) / 16 / 2);
    expect(caption.x).toBeGreaterThanOrEqual(0);
    expect(caption.x + caption.width).toBeLessThanOrEqual(360);
    for (const button of await phone.locator('.transport button:visible').all()) {
      const box = (await button.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(40);
    }
    await phone.close();
  });

  it('keeps captions in the bottom band, off the dance, on a 640×360 screen', async () => {
    const small = await openShow(browser, server.url, 640, 360);
    await small.evaluate(() => {
      window.proscenium!.pause();
      const beats = window.proscenium!.show.beats;
      const longest = beats.reduce((a, b) => (b.text.length > a.text.length ? b : a));
      window.proscenium!.seek(longest.startSec + 0.1);
    });
    const caption = small.locator('.caption');
    const controls = (await small.locator('.transport').boundingBox())!;
    await expect
      .poll(async () => ((b) => b.y + b.height)((await caption.boundingBox())!), POLL)
      .toBeLessThanOrEqual(controls.y); // paused: above the controls
    const shown = (await caption.boundingBox())!;
    expect(shown.width).toBeLessThanOrEqual(0.65 * 640);
    expect(Math.abs(shown.x + shown.width / 2 - 320)).toBeLessThan(2);
    // While the controls fade out, the captions drop into the lower 22% of the frame.
    await small.evaluate(() => window.proscenium!.play());
    await expect
      .poll(() => small.locator('.player').getAttribute('data-controls'), POLL)
      .toBe('hidden');
    await expect
      .poll(async () => (await caption.boundingBox())!.y, POLL)
      .toBeGreaterThanOrEqual(0.78 * 360);
    const hidden = (await caption.boundingBox())!;
    expect(hidden.y + hidden.height).toBeLessThanOrEqual(360);
    await small.close();
  });
});
