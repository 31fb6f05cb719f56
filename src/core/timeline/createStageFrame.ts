import { LIGHT_ANGLES_DEG, LIGHT_RIGS } from './lightLook';
import { LIGHT_IDS, type StageFrame, type Timeline } from './types';

/** Allocates a StageFrame shaped for `timeline` (its cast), for sampleTimeline to fill in place. */
export function createStageFrame(timeline: Timeline): StageFrame {
  return {
    tSec: 0,
    beatIndex: 0,
    caption: '',
    camera: {
      position: [0, 2, 18],
      target: [0, 3.5, -2],
      fovDeg: 50,
      shot: 'establishing',
      cut: 0,
    },
    lights: LIGHT_IDS.map((id) => ({
      id,
      position: [...LIGHT_RIGS[id].position],
      target: [...LIGHT_RIGS[id].target],
      color: [1, 1, 1],
      intensity: 0,
      angleDeg: LIGHT_ANGLES_DEG[id],
    })),
    lightState: 'house',
    dancers: timeline.dancers.map((d) => ({
      id: d.id,
      gender: d.gender,
      action: d.actions[0] ?? 'stand',
      poseA: 'stand',
      poseB: 'stand',
      weight: 0,
      root: [0, 0, 0],
      headingDeg: 0,
      headYawDeg: 0,
      fromPoseA: 'stand',
      fromPoseB: 'stand',
      fromWeight: 0,
      mix: 0,
    })),
    curtain: 0,
    houseLights: 0,
    audience: 'seated',
    excitement: 0,
    music: 0,
    cyclorama: [0, 0, 0],
  };
}

/** Whether `frame` has the shape `timeline` needs (same cast size and lights). */
export function fitsTimeline(frame: StageFrame, timeline: Timeline): boolean {
  return (
    frame.dancers.length === timeline.dancers.length && frame.lights.length === LIGHT_IDS.length
  );
}
