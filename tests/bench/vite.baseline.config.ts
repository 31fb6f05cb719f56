import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Builds the benchmark's baseline page into dist-baseline/. */
export default defineConfig({
  root: 'tests/bench/baseline',
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: '../../../dist-baseline', emptyOutDir: true, target: 'es2022' },
});
