import type { CueSheet, Player } from '../core';
import { Captions } from './Captions';

/** Props of {@link PlayerUi}. */
export interface PlayerUiProps {
  player: Player;
  sheet: CueSheet;
  captions: boolean;
}

/** Everything a viewer uses to watch: captions (and, as it grows, transport and keys). */
export function PlayerUi({ player, sheet, captions }: PlayerUiProps) {
  return captions ? <Captions player={player} sheet={sheet} /> : null;
}
