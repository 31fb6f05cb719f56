import { useEffect } from 'react';
import type { Player } from '../../core';
import { searchWithTime } from './positionUrl';

/** While paused, keeps `?t=SEC` in the address bar at the player's position so it can be shared. */
export function useUrlFollowsPosition(player: Player, delayMs = 250): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      timer = undefined;
      const { playing, tSec } = player.getState();
      if (playing) return;
      const search = searchWithTime(window.location.search, tSec);
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      window.history.replaceState(window.history.state, '', url);
    };
    const unsubscribe = player.subscribe((state, previous) => {
      if (state.playing || (state.tSec === previous.tSec && !previous.playing)) return;
      if (timer === undefined) timer = setTimeout(write, delayMs);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [player, delayMs]);
}
