import type { CueSheet, Player } from '../core';
import type { StageStats } from '../stage/ShowCanvas';

/** What operators and tests reach as `window.proscenium`. */
export interface ProsceniumApi {
  seek: (tSec: number) => void;
  play: () => void;
  pause: () => void;
  state: () => { tSec: number; beatIndex: number; playing: boolean; loops: number };
  stats: () => StageStats & { uptimeSec: number };
  show: CueSheet;
}

declare global {
  interface Window {
    proscenium?: ProsceniumApi;
  }
}

/** Installs `window.proscenium` for the current show; returns the uninstaller. */
export function exposeApi(
  player: Player,
  sheet: CueSheet,
  stats: { current: StageStats },
  /** When the page started (performance.now()), for uptimeSec. */
  startedMs: number,
): () => void {
  const api: ProsceniumApi = {
    seek: (tSec) => player.seek(tSec),
    play: () => player.play(),
    pause: () => player.pause(),
    state: () => {
      const { tSec, beatIndex, playing, loops } = player.getState();
      return { tSec, beatIndex, playing, loops };
    },
    stats: () => ({ ...stats.current, uptimeSec: (performance.now() - startedMs) / 1000 }),
    show: sheet,
  };
  window.proscenium = api;
  return () => {
    if (window.proscenium === api) delete window.proscenium;
  };
}
