import { useEffect, useRef } from 'react';
import type { CueSheet, Player, PlayerState } from '../../core';
import { usePlayerState } from '../usePlayerState';

/** Props of {@link StoryPanel}. */
export interface StoryPanelProps {
  player: Player;
  sheet: CueSheet;
  onClose: () => void;
}

const selectBeat = (s: PlayerState) => s.beatIndex;

/** The whole story left of the stage (the editor has the right), the current beat highlighted; a click on a sentence seeks there. */
export function StoryPanel({ player, sheet, onClose }: StoryPanelProps) {
  const beatIndex = usePlayerState(player, selectBeat);
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const current = listRef.current?.querySelector<HTMLElement>('[aria-current="true"]');
    current?.scrollIntoView?.({ block: 'nearest' });
  }, [beatIndex]);
  return (
    <aside id="story-panel" className="story-panel" aria-label="The story">
      <header>
        <button type="button" className="close" aria-label="Close the story" onClick={onClose}>
          ×
        </button>
        <h2>The story</h2>
      </header>
      <ol ref={listRef}>
        {sheet.beats.map((beat) => (
          <li key={beat.index}>
            <button
              type="button"
              aria-current={beat.index === beatIndex ? 'true' : undefined}
              onClick={() => player.seekBeat(beat.index)}
            >
              {beat.text}
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
}
