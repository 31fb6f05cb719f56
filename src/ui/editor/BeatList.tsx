import { useState } from 'react';
import type { CueSheet, Player, PlayerState } from '../../core';
import { usePlayerState } from '../usePlayerState';
import { describeBeat, describeCues, describeReason, formatClock } from './describeBeat';

/** Props of {@link BeatList}. */
export interface BeatListProps {
  sheet: CueSheet;
  player: Player;
}

/** Beats rendered at first and added per "Show more": a 1 MB story has thousands. */
const PAGE_SIZE = 60;

const selectBeat = (state: PlayerState) => state.beatIndex;

/** The show's beats, each with its cues and why; clicking a beat seeks there. */
export function BeatList({ sheet, player }: BeatListProps) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const current = usePlayerState(player, selectBeat);
  const beats = sheet.beats.slice(0, shown);
  return (
    <section className="beat-list" aria-label="Beats and cues">
      <h2 className="editor-heading">
        {sheet.beats.length} beats · {formatClock(sheet.durationSec)}
      </h2>
      <ol>
        {beats.map((beat) => (
          <li
            key={beat.index}
            className={`beat beat-${beat.kind}${beat.index === current ? ' beat-current' : ''}`}
          >
            <details>
              <summary onClick={() => player.seekBeat(beat.index)} title="Play from this beat">
                <span className="beat-time">{formatClock(beat.startSec)}</span>
                <span className="beat-text">{describeBeat(beat)}</span>
              </summary>
              <dl className="beat-cues">
                {describeCues(beat, sheet.cast).map((line, i) => (
                  <div key={i}>
                    <dt>{line.label}</dt>
                    <dd>{line.value}</dd>
                  </div>
                ))}
              </dl>
              {beat.why.length > 0 && (
                <ul className="beat-why" aria-label="Why">
                  {beat.why.map((reason, i) => (
                    <li key={i}>{describeReason(reason)}</li>
                  ))}
                </ul>
              )}
            </details>
          </li>
        ))}
      </ol>
      {shown < sheet.beats.length && (
        <button type="button" className="editor-button" onClick={() => setShown(shown + PAGE_SIZE)}>
          Show {Math.min(PAGE_SIZE, sheet.beats.length - shown)} more of{' '}
          {sheet.beats.length - shown}
        </button>
      )}
    </section>
  );
}
