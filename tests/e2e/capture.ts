/**
 * `npx tsx tests/e2e/capture.ts OUT_DIR [WIDTHxHEIGHT] [BEAT...]`: screenshots of the built show
 * at the middle of the given beats (default: a dozen spread over the show), for looking at it.
 * QUALITY=low|medium|high picks the tier; CLEAN=1 hides the player's overlays; STORY=file.txt
 * stages that story (through the editor, as a visitor would) instead of the default show.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { launchBrowser, openShow, serveBuild } from './harness';

const [outDir = '/tmp/shots', size = '640x360', ...beatArgs] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number) as [number, number];
mkdirSync(outDir, { recursive: true });
const server = await serveBuild();
const browser = await launchBrowser();
try {
  const quality = process.env.QUALITY ? `&quality=${process.env.QUALITY}` : '';
  const page = await openShow(browser, `${server.url}?captions=off${quality}`, width, height);
  if (process.env.STORY) {
    const before = await page.evaluate(() => window.proscenium!.show.title);
    await page.getByRole('button', { name: 'Your story' }).click();
    await page.locator('.editor-text').fill(readFileSync(process.env.STORY, 'utf8'));
    await page.getByRole('button', { name: 'Stage it' }).click();
    await page.waitForFunction((old) => window.proscenium!.show.title !== old, before, {
      timeout: 60_000,
    });
    await page.getByRole('button', { name: 'Your story' }).click();
  }
  if (process.env.CLEAN) {
    await page.addStyleTag({ content: '.player, .editor-toggle { display: none !important; }' });
  }
  const show = await page.evaluate(() => window.proscenium!.show);
  const beats = beatArgs.length
    ? beatArgs.map(Number)
    : Array.from({ length: 12 }, (_, i) => Math.round((i * (show.beats.length - 1)) / 11));
  for (const index of beats) {
    const beat = show.beats[index];
    if (!beat) continue;
    const t = beat.startSec + beat.durationSec * 0.6;
    await page.evaluate(async (tSec) => {
      window.proscenium!.pause();
      window.proscenium!.seek(tSec);
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    }, t);
    const path = `${outDir}/beat-${String(index).padStart(2, '0')}.png`;
    await page.screenshot({ path });
    const cues = `${beat.camera.shot}/${beat.camera.subject} ${beat.lights.state} ${beat.stage.curtain} ${beat.dancers.map((d) => `${d.id}:${d.action}@${d.mark}`).join(' ')}`;
    console.log(`${path}  t=${t.toFixed(1)}  ${cues}`);
  }
  console.log('stats', JSON.stringify(await page.evaluate(() => window.proscenium!.stats())));
} finally {
  await browser.close();
  await server.close();
}
