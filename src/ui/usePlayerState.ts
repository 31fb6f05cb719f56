import { useCallback, useSyncExternalStore } from 'react';
import type { Player, PlayerState } from '../core';

/** One value of the player's state, re-rendering only when that value changes. */
export function usePlayerState<T>(player: Player, select: (state: PlayerState) => T): T {
  const getSnapshot = useCallback(() => select(player.getState()), [player, select]);
  return useSyncExternalStore(player.subscribe, getSnapshot, getSnapshot);
}
