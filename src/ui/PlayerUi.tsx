import { useCallback, useEffect, useRef, useState, type FocusEvent } from 'react';
import type { CueSheet, Player, PlayerState } from '../core';
import { Captions } from './Captions';
import { nextBeatIndex, previousBeatIndex } from './player/beatNavigation';
import { HelpOverlay } from './player/HelpOverlay';
import type { PlayerCommand } from './player/keyCommand';
import { StoryPanel } from './player/StoryPanel';
import { toggleFullscreen } from './player/toggleFullscreen';
import { Transport } from './player/Transport';
import { useControlsVisible } from './player/useControlsVisible';
import { usePlayerKeys } from './player/usePlayerKeys';
import { usePlayerState } from './usePlayerState';
import { useUrlFollowsPosition } from './player/useUrlFollowsPosition';

/** Props of {@link PlayerUi}. */
export interface PlayerUiProps {
  player: Player;
  sheet: CueSheet;
  /** Whether captions start on; the viewer toggles them with C or the CC button. */
  captions: boolean;
}

const selectPlaying = (s: PlayerState) => s.playing;

/** Everything a viewer uses to watch: captions, the story panel, the control bar, keys and help. */
export function PlayerUi({ player, sheet, captions }: PlayerUiProps) {
  const [captionsOn, setCaptionsOn] = useState(captions);
  // When the app turns captions on later (the 3D stage failed), show them.
  const [captionsProp, setCaptionsProp] = useState(captions);
  if (captions !== captionsProp) {
    setCaptionsProp(captions);
    if (captions) setCaptionsOn(true);
  }
  const [storyOpen, setStoryOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const helpOpenRef = useRef(helpOpen);
  useEffect(() => {
    helpOpenRef.current = helpOpen;
  }, [helpOpen]);
  const [keyboardFocus, setKeyboardFocus] = useState(false);
  const playing = usePlayerState(player, selectPlaying);
  const controlsVisible = useControlsVisible(playing && !helpOpen && !storyOpen && !keyboardFocus);
  useUrlFollowsPosition(player);

  const runCommand = useCallback(
    (command: PlayerCommand) => {
      const { tSec, beatIndex, playing: isPlaying } = player.getState();
      const beats = sheet.beats;
      switch (command) {
        case 'toggle-play':
          return isPlaying ? player.pause() : player.play();
        case 'previous-beat':
          return player.seekBeat(previousBeatIndex(beats, tSec, beatIndex));
        case 'next-beat':
          return player.seekBeat(nextBeatIndex(beats, beatIndex));
        case 'first-beat':
          return player.seekBeat(0);
        case 'last-beat':
          return player.seekBeat(beats.length - 1);
        case 'fullscreen':
          return toggleFullscreen();
        case 'captions':
          return setCaptionsOn((on) => !on);
        case 'help':
          return setHelpOpen((open) => !open);
        case 'close':
          // Esc closes the help first, then the story panel.
          if (helpOpenRef.current) return setHelpOpen(false);
          return setStoryOpen(false);
      }
    },
    [player, sheet],
  );
  usePlayerKeys(runCommand);

  // Controls stay while a keyboard user is on them; a mouse click leaves no focus ring and may fade.
  const onFocus = (event: FocusEvent) =>
    setKeyboardFocus(event.target instanceof Element && event.target.matches(':focus-visible'));
  const onBlur = () => setKeyboardFocus(false);

  return (
    <div className="player" data-controls={controlsVisible ? 'shown' : 'hidden'}>
      <div className="player-main">
        {storyOpen && (
          <StoryPanel player={player} sheet={sheet} onClose={() => setStoryOpen(false)} />
        )}
        <div className="player-stage">
          {captionsOn && <Captions player={player} sheet={sheet} />}
        </div>
      </div>
      <div className="controls" onFocus={onFocus} onBlur={onBlur}>
        <Transport
          player={player}
          sheet={sheet}
          captionsOn={captionsOn}
          storyOpen={storyOpen}
          onCommand={runCommand}
          onToggleStory={() => setStoryOpen((open) => !open)}
        />
      </div>
      {helpOpen && <HelpOverlay onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
