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
  const text = sheet.beats[beatIndex]?.text ?? '';
  return (
    <div className="caption-area" aria-live="polite" aria-atomic="true">
      {/* The key restarts the fade-in on every beat. */}
      <p key={beatIndex} className="caption" data-beat={beatIndex} hidden={text === ''}>
        {text}
      </p>
    </div>
  );
}
