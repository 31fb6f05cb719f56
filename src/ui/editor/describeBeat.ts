import type { BeatCues, CastMember, CueReason } from '../../core';

/** One labelled cue line of a beat, e.g. { label: 'Camera', value: 'medium on Valentina, dolly-in (cut)' }. */
export interface CueLine {
  label: string;
  value: string;
}

/** "m:ss" for a time in seconds (hours past the first hour: "h:mm:ss"). */
export function formatClock(tSec: number): string {
  const total = Math.max(0, Math.floor(tSec));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** The beat's cues in words a reader can check against the stage. */
export function describeCues(beat: BeatCues, cast: readonly CastMember[]): CueLine[] {
  const nameOf = (id: string) => cast.find((member) => member.id === id)?.name ?? id;
  const { camera, lights, stage, music } = beat;
  const transition =
    camera.transition === 'blend' && camera.blendSec !== undefined
      ? `blend ${camera.blendSec.toFixed(1)} s`
      : camera.transition;
  const following =
    lights.follow.length > 0 ? `, following ${lights.follow.map(nameOf).join(' and ')}` : '';
  return [
    {
      label: 'Camera',
      value: `${camera.shot} on ${nameOf(camera.subject)}, ${camera.move} (${transition})`,
    },
    {
      label: 'Lights',
      value: `${lights.state} ${lights.color} at ${Math.round(lights.intensity * 100)}%${following}`,
    },
    ...beat.dancers.map((dancer) => ({
      label: nameOf(dancer.id),
      value: `${dancer.action} @ ${dancer.mark}`,
    })),
    { label: 'Curtain', value: stage.curtain },
    { label: 'Audience', value: stage.audience },
    { label: 'Music', value: `${Math.round(music.level * 100)}%` },
  ];
}

/** Why a cue was chosen, in one line: "camera.shot: flow.vary-shot (“leaps”)". */
export function describeReason(reason: CueReason): string {
  const words = reason.words.length > 0 ? ` (“${reason.words.join('”, “')}”)` : '';
  return `${reason.cue}: ${reason.rule}${words}`;
}
