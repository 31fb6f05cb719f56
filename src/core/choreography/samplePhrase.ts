import type { SamplePhrase } from './types';

/** Samples an action's phrase of poses. Placeholder until the pose library lands: holds "stand". */
export const samplePhrase: SamplePhrase = () => ({
  poseA: 'stand',
  poseB: 'stand',
  weight: 0,
  liftM: 0,
  turnDeg: 0,
  headYawDeg: 0,
});
