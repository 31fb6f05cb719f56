export { compileTimeline, EXCITEMENT } from './compileTimeline';
export { REDUCED_MIN_BLEND_SEC, type CompileOptions } from './compileShots';
export { sampleTimeline, beatIndexAt } from './sampleTimeline';
export { createStageFrame } from './createStageFrame';
export { frameShot, lensFovDeg, shotFocalMm, FRAME_MARGIN } from './frameShot';
export type { Box, CameraPose } from './frameShot';
export { subjectBox, STAGE_BOX, AUDIENCE_BOX } from './subjectBox';
export {
  constrainCamera,
  DANCER_CLEARANCE_M,
  ARCH_HALF_WIDTH_M,
  CURTAIN_FRONT_Z,
} from './constrainCamera';
export { markPosition } from '../venue/venue';
export { THEATRE_BOX } from './theatreBounds';
export { LIGHT_RIGS, hexToRgb, lightLook, applyLook } from './lightLook';
export { easeInOut } from './easeInOut';
export { LIGHT_IDS } from './types';
export type {
  CameraFrame,
  DancerFrame,
  LightFrame,
  LightId,
  Rgb,
  StageFrame,
  Timeline,
  Vec3,
} from './types';
