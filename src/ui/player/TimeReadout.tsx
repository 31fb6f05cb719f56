import { useEffect, useRef } from 'react';
import type { Player, PlayerState } from '../../core';
import { formatTime } from './formatTime';

/** Elapsed and total time as m:ss, rewritten in place only when the text changes. */
export function TimeReadout({ player }: { player: Player }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    // The player ticks every frame; the text changes once a second.
    let shownSec = NaN;
    let shownTotal = NaN;
    const draw = (state: PlayerState) => {
      const wholeSec = Math.floor(state.tSec);
      if (wholeSec === shownSec && state.durationSec === shownTotal) return;
      shownSec = wholeSec;
      shownTotal = state.durationSec;
      const text = `${formatTime(state.tSec)} / ${formatTime(state.durationSec)}`;
      if (ref.current) ref.current.textContent = text;
    };
    draw(player.getState());
    return player.subscribe(draw);
  }, [player]);
  return <span className="time" ref={ref} aria-hidden="true" />;
}
