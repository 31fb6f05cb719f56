import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { CueSheet, Player, PlayerState } from '../core';
import { usePlayerState } from './usePlayerState';

/** Props of {@link Captions}. */
export interface CaptionsProps {
  player: Player;
  sheet: CueSheet;
}

const selectBeat = (state: PlayerState) => state.beatIndex;

/**
 * Keeps `--controls-height` on the caption area equal to the height of the player's control bar,
 * so that while the controls fade out the captions can drop into their band (app.css).
 */
function useControlsHeight(areaRef: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const area = areaRef.current;
    const controls = area?.closest('.player')?.querySelector<HTMLElement>('.controls');
    if (!area || !controls) return;
    const update = () => area.style.setProperty('--controls-height', `${controls.offsetHeight}px`);
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(controls);
    return () => observer.disconnect();
  }, [areaRef]);
}

/** The current beat's text in the bottom band of the stage, announced to screen readers as it changes. */
export function Captions({ player, sheet }: CaptionsProps) {
  const beatIndex = usePlayerState(player, selectBeat);
  const areaRef = useRef<HTMLDivElement>(null);
  useControlsHeight(areaRef);
  const text = sheet.beats[beatIndex]?.text ?? '';
  return (
    <div ref={areaRef} className="caption-area" aria-live="polite" aria-atomic="true">
      {/* The key restarts the fade-in on every beat. */}
      <p key={beatIndex} className="caption" data-beat={beatIndex} hidden={text === ''}>
        <span className="caption-text">{text}</span>
      </p>
    </div>
  );
}
