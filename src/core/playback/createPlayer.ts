import { createStore } from 'zustand/vanilla';
import { beatIndexAt, type Timeline } from '../timeline';

/** What the player knows at one moment. */
export interface PlayerState {
  tSec: number;
  playing: boolean;
  /** Playback speed, 0.25..4. */
  rate: number;
  loop: boolean;
  /** How many times playback has wrapped from the end to the start. */
  loops: number;
  beatIndex: number;
  durationSec: number;
}

/** Options for createPlayer. */
export interface PlayerOptions {
  loop?: boolean;
  rate?: number;
}

/** A clock-driven player: something else calls `tick(dtSec)`; it never schedules itself. */
export interface Player {
  getState(): PlayerState;
  subscribe(listener: (state: PlayerState, previous: PlayerState) => void): () => void;
  /** The timeline being played. */
  getTimeline(): Timeline;
  /** Advances time by `dtSec` of wall clock (times the rate) when playing. */
  tick(dtSec: number): void;
  play(): void;
  pause(): void;
  seek(tSec: number): void;
  seekBeat(beatIndex: number): void;
  setRate(rate: number): void;
  setLoop(loop: boolean): void;
  /** Swaps the timeline; `keepPosition` keeps tSec (clamped), otherwise playback restarts at 0. */
  setTimeline(timeline: Timeline, keepPosition?: boolean): void;
}

/** Slowest and fastest playback rates. */
export const RATE_RANGE = [0.25, 4] as const;

const clampRate = (rate: number): number =>
  Number.isFinite(rate) ? Math.min(RATE_RANGE[1], Math.max(RATE_RANGE[0], rate)) : 1;

/** Creates a player for `timeline`, paused at 0. */
export function createPlayer(timeline: Timeline, options: PlayerOptions = {}): Player {
  let current = timeline;
  const store = createStore<PlayerState>(() => ({
    tSec: 0,
    playing: false,
    rate: clampRate(options.rate ?? 1),
    loop: options.loop ?? false,
    loops: 0,
    beatIndex: beatIndexAt(timeline, 0),
    durationSec: timeline.durationSec,
  }));
  const clampTime = (tSec: number): number =>
    Number.isFinite(tSec) ? Math.min(Math.max(tSec, 0), current.durationSec) : 0;
  const at = (tSec: number): Pick<PlayerState, 'tSec' | 'beatIndex'> => ({
    tSec,
    beatIndex: beatIndexAt(current, tSec),
  });

  return {
    getState: store.getState,
    subscribe: store.subscribe,
    getTimeline: () => current,
    tick(dtSec) {
      const s = store.getState();
      if (!s.playing || !(dtSec > 0) || !Number.isFinite(dtSec)) return;
      const durationSec = current.durationSec;
      let tSec = s.tSec + dtSec * s.rate;
      if (tSec < durationSec) {
        store.setState(at(tSec));
      } else if (s.loop && durationSec > 0) {
        const wraps = Math.floor(tSec / durationSec);
        tSec -= wraps * durationSec;
        store.setState({ ...at(tSec), loops: s.loops + wraps });
      } else {
        store.setState({ ...at(durationSec), playing: false });
      }
    },
    play() {
      const s = store.getState();
      // Playing from the very end of a finished show starts it again.
      const restart = !s.loop && s.tSec >= current.durationSec;
      store.setState(restart ? { ...at(0), playing: true } : { playing: true });
    },
    pause: () => store.setState({ playing: false }),
    seek: (tSec) => store.setState(at(clampTime(tSec))),
    seekBeat(beatIndex) {
      const beats = current.beats;
      if (beats.length === 0) return store.setState(at(0));
      const i = Math.min(beats.length - 1, Math.max(0, Math.trunc(beatIndex) || 0));
      store.setState(at(clampTime(beats[i]?.startSec ?? 0)));
    },
    setRate: (rate) => store.setState({ rate: clampRate(rate) }),
    setLoop: (loop) => store.setState({ loop }),
    setTimeline(timeline, keepPosition = false) {
      current = timeline;
      const tSec = keepPosition ? clampTime(store.getState().tSec) : 0;
      store.setState({ ...at(tSec), durationSec: timeline.durationSec });
    },
  };
}
