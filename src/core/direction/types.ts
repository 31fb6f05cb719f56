import type { Beat } from '../story/types';
import type {
  Action,
  AudienceState,
  CurtainState,
  GroupSubject,
  LightState,
  Mark,
  Move,
  Role,
  Shot,
  Transition,
} from './vocabulary';

/** A person of the story cast onto one of the two performers. */
export interface CastMember {
  /** Stable id used in cues, a slug such as "valentina" or "partner". */
  id: string;
  /** Display name, as the story names them ("Valentina Kalmurzaeva", "her partner"). */
  name: string;
  /** Which performer on stage dances this person. */
  role: Role;
}

/** What the camera does on a beat. */
export interface CameraCue {
  shot: Shot;
  /** A cast id, or a group subject. */
  subject: string | GroupSubject;
  move: Move;
  transition: Transition;
  /** Blend length when `transition` is "blend". */
  blendSec?: number;
}

/** The lighting on a beat. */
export interface LightsCue {
  state: LightState;
  /** Cast ids the follow-spots track (at most two). */
  follow: string[];
  /** Overall level 0..1. */
  intensity: number;
  /** Dominant color as #rrggbb. */
  color: string;
}

/** One dancer's action and position on a beat. */
export interface DancerCue {
  id: string;
  action: Action;
  mark: Mark;
}

/** Curtain and audience. */
export interface StageCue {
  curtain: CurtainState;
  audience: AudienceState;
}

/** Music on a beat. */
export interface MusicCue {
  /** 0..1 */
  level: number;
}

/** Why a cue was chosen: the rule and the words that triggered it. */
export interface CueReason {
  /** Cue path, e.g. "camera.shot", "lights.state", "dancers.valentina.action", "stage.curtain". */
  cue: string;
  /** Rule id, e.g. "lexicon.curtain-up", "context.persist", "flow.vary-shot". */
  rule: string;
  /** Matched words from the beat's text (may be empty for context rules). */
  words: string[];
}

/** A beat with its cues. */
export interface BeatCues extends Omit<Beat, 'words'> {
  camera: CameraCue;
  lights: LightsCue;
  dancers: DancerCue[];
  stage: StageCue;
  music: MusicCue;
  why: CueReason[];
}

/** Hand-made changes to one beat, keyed by the beat's text so they survive edits elsewhere. */
export interface BeatOverride {
  /** The beat text this override belongs to. */
  text: string;
  camera?: Partial<CameraCue>;
  lights?: Partial<LightsCue>;
  dancers?: DancerCue[];
  stage?: Partial<StageCue>;
  music?: Partial<MusicCue>;
}

/** The whole show: version 1 of the cue-sheet format. */
export interface CueSheet {
  version: 1;
  title: string;
  durationSec: number;
  cast: CastMember[];
  beats: BeatCues[];
  overrides?: BeatOverride[];
}
