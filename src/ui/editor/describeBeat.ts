import {
  familyOf,
  type AudienceState,
  type BeatCues,
  type CastMember,
  type CueReason,
  type CurtainState,
  type LightState,
} from '../../core';

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

/** Light states worth naming in a prologue's or epilogue's summary (the cue lines give the rest). */
const LIGHTS_WORDS: Partial<Record<LightState, string>> = {
  house: 'house lights up',
  preshow: 'house lights down',
  blackout: 'blackout',
};
const CURTAIN_WORDS: Readonly<Record<CurtainState, string>> = {
  closed: 'curtain closed',
  opening: 'curtain opens',
  open: 'curtain open',
  closing: 'curtain falls',
};
const AUDIENCE_WORDS: Partial<Record<AudienceState, string>> = {
  empty: 'an empty house',
  hushed: 'the house hushes',
  applause: 'applause',
  ovation: 'an ovation',
};

/**
 * What a beat shows in the beat list: a story beat's text; for the frame the director adds
 * around the story, what happens, read from its cues ("Prologue: house lights down, curtain opens").
 */
export function describeBeat(beat: BeatCues): string {
  if (beat.kind === 'story') return beat.text;
  const bows = beat.dancers.some((dancer) => familyOf(dancer.action) === 'bow');
  const parts = [
    LIGHTS_WORDS[beat.lights.state],
    bows ? 'bows' : undefined,
    AUDIENCE_WORDS[beat.stage.audience],
    CURTAIN_WORDS[beat.stage.curtain],
  ].filter((part): part is string => part !== undefined);
  const label = beat.kind === 'prologue' ? 'Prologue' : 'Epilogue, the curtain call';
  return `${label}: ${parts.join(', ')}`;
}
