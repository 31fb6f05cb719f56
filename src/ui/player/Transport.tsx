import type { CueSheet, Player, PlayerState } from '../../core';
import { usePlayerState } from '../usePlayerState';
import { Icon } from './Icon';
import type { PlayerCommand } from './keyCommand';
import { Scrubber } from './Scrubber';
import { TimeReadout } from './TimeReadout';

/** Props of {@link Transport}. */
export interface TransportProps {
  player: Player;
  sheet: CueSheet;
  captionsOn: boolean;
  storyOpen: boolean;
  onCommand: (command: PlayerCommand) => void;
  onToggleStory: () => void;
}

/** Playback speeds the viewer can pick. */
export const RATES = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;

const selectPlaying = (s: PlayerState) => s.playing;
const selectRate = (s: PlayerState) => s.rate;
const selectLoop = (s: PlayerState) => s.loop;

/** The control bar: play/pause, beat steps, the scrubber, time, speed, loop and view toggles. */
export function Transport({
  player,
  sheet,
  captionsOn,
  storyOpen,
  onCommand,
  onToggleStory,
}: TransportProps) {
  const playing = usePlayerState(player, selectPlaying);
  const rate = usePlayerState(player, selectRate);
  const loop = usePlayerState(player, selectLoop);
  return (
    <div className="transport" role="group" aria-label="Player controls">
      <div className="transport-row">
        <Scrubber player={player} sheet={sheet} />
        <TimeReadout player={player} />
      </div>
      <div className="transport-row">
        <button type="button" aria-label="Previous beat" onClick={() => onCommand('previous-beat')}>
          <Icon name="previous" />
        </button>
        <button
          type="button"
          className="play"
          aria-label={playing ? 'Pause' : 'Play'}
          onClick={() => onCommand('toggle-play')}
        >
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button type="button" aria-label="Next beat" onClick={() => onCommand('next-beat')}>
          <Icon name="next" />
        </button>
        <span className="spacer" />
        <select
          aria-label="Speed"
          value={String(rate)}
          onChange={(event) => player.setRate(Number(event.target.value))}
        >
          {!RATES.some((r) => r === rate) && <option value={String(rate)}>{rate}×</option>}
          {RATES.map((r) => (
            <option key={r} value={String(r)}>
              {r}×
            </option>
          ))}
        </select>
        <button
          type="button"
          aria-label="Loop"
          aria-pressed={loop}
          onClick={() => player.setLoop(!loop)}
        >
          <Icon name="loop" />
        </button>
        <button
          type="button"
          aria-label="Captions"
          aria-pressed={captionsOn}
          onClick={() => onCommand('captions')}
        >
          <Icon name="captions" />
        </button>
        <button
          type="button"
          aria-label="Story text"
          aria-expanded={storyOpen}
          aria-controls="story-panel"
          onClick={onToggleStory}
        >
          <Icon name="story" />
        </button>
        <button
          type="button"
          className="help-button"
          aria-label="Keyboard shortcuts"
          onClick={() => onCommand('help')}
        >
          <Icon name="help" />
        </button>
        <button type="button" aria-label="Full screen" onClick={() => onCommand('fullscreen')}>
          <Icon name="fullscreen" />
        </button>
      </div>
    </div>
  );
}
