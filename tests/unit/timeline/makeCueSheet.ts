import type { BeatCues, CueSheet, DancerCue } from '../../../src/core/cuesheet/schema';

/** The parts of a beat a test sets; everything else has a plain default. */
export interface BeatSpec {
  durationSec?: number;
  camera?: Partial<BeatCues['camera']>;
  lights?: Partial<BeatCues['lights']>;
  dancers?: DancerCue[];
  curtain?: BeatCues['stage']['curtain'];
  audience?: BeatCues['stage']['audience'];
  music?: number;
}

/** Builds a two-dancer CueSheet ("ada" the ballerina, "leo" her partner) from beat specs. */
export function makeCueSheet(specs: BeatSpec[]): CueSheet {
  let startSec = 0;
  const beats: BeatCues[] = specs.map((spec, index) => {
    const durationSec = spec.durationSec ?? 5;
    const beat: BeatCues = {
      index,
      kind: 'story',
      mood: 'calm',
      text: `Beat ${index}.`,
      paragraph: 0,
      span: [index * 10, index * 10 + 8],
      startSec,
      durationSec,
      camera: { shot: 'full', subject: 'ada', move: 'static', transition: 'cut', ...spec.camera },
      lights: { state: 'wash', follow: [], intensity: 1, color: '#ffffff', ...spec.lights },
      dancers: spec.dancers ?? [],
      stage: { curtain: spec.curtain ?? 'open', audience: spec.audience ?? 'seated' },
      music: { level: spec.music ?? 0.5 },
      why: [],
    };
    startSec += durationSec;
    return beat;
  });
  return {
    version: 2,
    title: 'Test show',
    durationSec: startSec,
    cast: [
      { id: 'ada', name: 'Ada', gender: 'female', role: 'lead' },
      { id: 'leo', name: 'Leo', gender: 'male', role: 'partner' },
    ],
    beats,
  };
}

/** A varied twelve-beat show that exercises curtain, lights, travel, lifts, blends and cuts. */
export function makeVariedShow(): CueSheet {
  const d = (action: DancerCue['action'], mark: DancerCue['mark'], id = 'ada'): DancerCue => ({
    id,
    action,
    mark,
  });
  return makeCueSheet([
    {
      camera: { shot: 'establishing', subject: 'stage' },
      lights: { state: 'house' },
      curtain: 'closed',
      dancers: [d('wait-in-wings', 'wings-left'), d('wait-in-wings', 'wings-right', 'leo')],
    },
    {
      camera: { shot: 'wide', subject: 'stage', transition: 'blend', blendSec: 3 },
      lights: { state: 'preshow' },
      curtain: 'opening',
      audience: 'hushed',
    },
    {
      camera: { shot: 'full', subject: 'ada', move: 'track' },
      lights: { state: 'spot', follow: ['ada'] },
      dancers: [d('enter', 'center')],
    },
    {
      camera: {
        shot: 'medium',
        subject: 'ada',
        move: 'dolly-in',
        transition: 'blend',
        blendSec: 2,
      },
      dancers: [d('arabesque', 'center')],
    },
    {
      camera: { shot: 'wide', subject: 'pair', move: 'pan' },
      lights: { state: 'wash' },
      dancers: [d('run', 'downstage'), d('enter', 'downstage', 'leo')],
    },
    {
      camera: { shot: 'full', subject: 'pair', move: 'orbit', transition: 'blend' },
      dancers: [d('lift', 'center'), d('lift', 'center', 'leo')],
    },
    {
      camera: { shot: 'close', subject: 'ada', move: 'static' },
      lights: { state: 'warm', follow: ['ada', 'leo'] },
      dancers: [d('pirouette', 'center'), d('stand', 'upstage', 'leo')],
    },
    {
      camera: {
        shot: 'low-angle',
        subject: 'leo',
        move: 'crane-up',
        transition: 'blend',
        blendSec: 1.5,
      },
      lights: { state: 'cool' },
      dancers: [d('grand-jete', 'edge', 'leo')],
    },
    {
      camera: { shot: 'overhead', subject: 'pair', move: 'crane-down' },
      lights: { state: 'blackout' },
      music: 0.1,
    },
    {
      camera: { shot: 'pov-audience', subject: 'ada', move: 'static', transition: 'blend' },
      lights: { state: 'spot', follow: ['ada'] },
      dancers: [d('reverence', 'downstage')],
    },
    {
      camera: { shot: 'pov-stage', subject: 'pair', move: 'dolly-out' },
      lights: { state: 'bows', follow: ['ada', 'leo'] },
      audience: 'ovation',
      dancers: [d('bow', 'downstage'), d('bow', 'downstage', 'leo')],
      music: 0.9,
    },
    {
      camera: {
        shot: 'establishing',
        subject: 'stage',
        move: 'crane-up',
        transition: 'blend',
        blendSec: 3,
      },
      lights: { state: 'house' },
      curtain: 'closing',
      audience: 'applause',
    },
  ]);
}
