export { createPlayer, RATE_RANGE } from './createPlayer';
export type { Player, PlayerOptions, PlayerState } from './createPlayer';
