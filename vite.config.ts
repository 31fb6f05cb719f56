import { readFile } from 'node:fs/promises';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { runnerImport, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const SEED_SHOW = 'virtual:seed-show';

/**
 * `virtual:seed-show`: the seed story and its cue sheet, directed in node when the app is built
 * or served, so the page only parses and compiles the default show and never directs it.
 */
function seedShow(): Plugin {
  let root = process.cwd();
  return {
    name: 'proscenium:seed-show',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (id) => (id === SEED_SHOW ? `\0${SEED_SHOW}` : undefined),
    async load(id) {
      if (id !== `\0${SEED_SHOW}`) return undefined;
      const storyPath = path.join(root, 'assets/stories/seed-story.txt');
      const seedText = await readFile(storyPath, 'utf8');
      // The core through Vite's module runner: loaded fresh each time, and only when the app
      // needs the seed (loading the config, e.g. for the unit tests, never imports the core).
      const { module: core, dependencies } = await runnerImport<typeof import('./src/core')>(
        path.join(root, 'src/core/index.ts'),
        { configFile: false, root, logLevel: 'error' },
      );
      // In dev, editing the story or the engine rebuilds the seed.
      [storyPath, ...dependencies].forEach((file) => this.addWatchFile(file));
      const parsed = core.parseCueSheet(JSON.stringify(core.createShow(seedText)));
      if (!parsed.ok) {
        this.error(`The seed story directs to an invalid cue sheet:\n${parsed.errors.join('\n')}`);
      }
      return [
        `export const seedText = ${JSON.stringify(seedText)};`,
        `export const seedSheetJson = ${JSON.stringify(JSON.stringify(parsed.sheet))};`,
      ].join('\n');
    },
  };
}

export default defineConfig({
  plugins: [react(), seedShow()],
  base: './',
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  preview: { port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'stage', environment: 'jsdom', include: ['tests/stage/**/*.test.tsx'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
