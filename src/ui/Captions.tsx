import type { CueSheet, Player, PlayerState } from '../core';
import { usePlayerState } from './usePlayerState';

/** Props of {@link Captions}. */
export interface CaptionsProps {
  player: Player;
  sheet: CueSheet;
}

const selectBeat = (state: PlayerState) => state.beatIndex;

/** The current beat's text over the stage, announced to screen readers as it changes. */
export function Captions({ player, sheet }: CaptionsProps) {
  const beatIndex = usePlayerState(player, selectBeat);
  return (
    <p className="caption" aria-live="polite" data-beat={beatIndex}>
      {sheet.beats[beatIndex]?.text ?? ''}
    </p>
  );
}
