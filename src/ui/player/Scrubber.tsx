import { useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { beatIndexAt, type CueSheet, type Player, type PlayerState } from '../../core';
import { formatTime } from './formatTime';

/** Props of {@link Scrubber}. */
export interface ScrubberProps {
  player: Player;
  sheet: CueSheet;
}

/** More markers than this would cost the page seconds of layout (a 1 MB story has ~7,600 beats). */
const MAX_MARKERS = 400;

/** The beats that get a marker: all of them, or an even spread of MAX_MARKERS for huge stories. */
function markedBeats(sheet: CueSheet): CueSheet['beats'] {
  const beats = sheet.beats;
  if (beats.length <= MAX_MARKERS) return beats;
  const step = beats.length / MAX_MARKERS;
  return Array.from({ length: MAX_MARKERS }, (_, i) => beats[Math.floor(i * step)]!);
}

const fraction = (s: Pick<PlayerState, 'tSec' | 'durationSec'>) =>
  s.durationSec > 0 ? Math.min(1, Math.max(0, s.tSec / s.durationSec)) : 0;

/** The show's time line: drag or click to seek, a marker per beat, the beat's text on hover. */
export function Scrubber({ player, sheet }: ScrubberProps) {
  const sliderRef = useRef<HTMLDivElement>(null);
  const fillRef = useRef<HTMLDivElement>(null);
  const thumbRef = useRef<HTMLDivElement>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  // The sheet's own length: the player takes the new timeline only after this render.
  const durationSec = sheet.durationSec;
  const markers = useMemo(() => markedBeats(sheet), [sheet]);

  // Time moves every frame: write the DOM directly instead of re-rendering.
  useEffect(() => {
    let shownSec = -1;
    const draw = (state: PlayerState) => {
      const f = fraction(state);
      fillRef.current?.style.setProperty('transform', `scaleX(${f})`);
      thumbRef.current?.style.setProperty('left', `${f * 100}%`);
      const wholeSec = Math.floor(state.tSec);
      const slider = sliderRef.current;
      if (slider && wholeSec !== shownSec) {
        shownSec = wholeSec;
        slider.setAttribute('aria-valuenow', String(wholeSec));
        slider.setAttribute('aria-valuemax', String(Math.floor(state.durationSec)));
        slider.setAttribute(
          'aria-valuetext',
          `${formatTime(state.tSec)} of ${formatTime(state.durationSec)}, beat ${state.beatIndex + 1}`,
        );
      }
    };
    draw(player.getState());
    return player.subscribe(draw);
  }, [player]);

  const timeAt = (event: PointerEvent<HTMLDivElement>): number => {
    const rect = event.currentTarget.getBoundingClientRect();
    const f = rect.width > 0 ? (event.clientX - rect.left) / rect.width : 0;
    return Math.min(1, Math.max(0, f)) * player.getState().durationSec;
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    player.seek(timeAt(event));
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const tSec = timeAt(event);
    if (event.currentTarget.hasPointerCapture?.(event.pointerId)) player.seek(tSec);
    const tip = tipRef.current;
    if (!tip) return;
    const beat = sheet.beats[beatIndexAt(player.getTimeline(), tSec)];
    tip.textContent = `${formatTime(tSec)} · ${beat?.text ?? ''}`;
    tip.hidden = false;
    // Centred over the pointer, but kept inside the window.
    const rect = event.currentTarget.getBoundingClientRect();
    const halfPx = tip.offsetWidth / 2;
    const marginPx = 4;
    const centreX = Math.min(
      Math.max(event.clientX, halfPx + marginPx),
      window.innerWidth - halfPx - marginPx,
    );
    tip.style.left = `${centreX - rect.left}px`;
  };
  const hideTip = () => {
    if (tipRef.current) tipRef.current.hidden = true;
  };

  return (
    <div
      className="scrubber"
      ref={sliderRef}
      role="slider"
      tabIndex={0}
      aria-label="Position in the show"
      aria-valuemin={0}
      aria-valuemax={Math.floor(durationSec)}
      aria-valuenow={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerLeave={hideTip}
      onPointerCancel={hideTip}
    >
      <div className="scrubber-track">
        <div className="scrubber-fill" ref={fillRef} />
        {markers.map((beat) => (
          <div
            key={beat.index}
            className="scrubber-marker"
            style={{ left: `${durationSec > 0 ? (beat.startSec / durationSec) * 100 : 0}%` }}
            title={beat.text}
          />
        ))}
      </div>
      <div className="scrubber-thumb" ref={thumbRef} />
      <div className="scrubber-tip" ref={tipRef} role="tooltip" hidden />
    </div>
  );
}
