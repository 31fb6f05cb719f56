import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

/** Where the system Chromium lives; CHROMIUM_PATH overrides. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found: install it with `apt-get update && apt-get install -y chromium` or set CHROMIUM_PATH.',
    );
  }
  return found;
}

/** Launches the system Chromium headless with software WebGL and no background traffic. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
    ],
  });
}

/** Serves the built app (dist/, or DIST_DIR) on a free loopback port. */
export async function serveBuild(): Promise<{ url: string; close: () => Promise<void> }> {
  const outDir = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(`${outDir}/index.html`))
    throw new Error(`${outDir}/ is missing: run \`npm run build\` first.`);
  const server: PreviewServer = await preview({
    logLevel: 'silent',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, close: () => server.close() };
}

/** Opens the show and waits until its first frame is drawn. */
export async function openShow(
  browser: Browser,
  url: string,
  width = 480,
  height = 270,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page
    .waitForFunction(() => document.documentElement.dataset.ready === 'true', null, {
      timeout: 60_000,
    })
    .catch((error: Error) => {
      throw new Error(`the show never became ready: ${errors.join(' | ') || error.message}`);
    });
  return page;
}
