/**
 * Choreography: the dancers' rig, pose library (data), pose blending and phrases. Pure TS.
 *
 * Frame: meters, y up, a dancer at heading 0 faces +z (the house); her left is +x.
 *
 * For the stage (draw a dancer from a DancerFrame each frame, no allocation):
 *   const rig = createRig('female');                // once per dancer
 *   const points = POINTS.map(() => new Vector3());    // once
 *   poseDancer(rig, dancerFrame, points);              // each frame
 *   for (const s of rig.segments) drawCapsule(points[pointIndex(s.from)], points[pointIndex(s.to)], s.radiusM);
 * `points` holds every joint of JOINTS then the SITES (headTop, hand tips, heels, toe tips);
 * pass a Quaternion[] as the 4th argument to also get world rotations (e.g. to aim the head).
 * Lower level: blendPoses(a, b, weight, outQuats) then forwardKinematics(rig, quats, root, out).
 *
 * Grounding (stated once): forwardKinematics places the body so its lowest foot point (toe tip
 * on pointe, heel/ball when flat, a kneeling knee) rests at root.position.y; so root y = 0 keeps
 * the supporting foot on the floor, and root y = liftM lifts a jump above that grounded height.
 * A pose's root angles pitch the whole body about the pelvis (the fish dive).
 * An airborne pose (no support: jumps, lifts) never sits lower than standing height: pass
 * `airborne` (airborneWeight) to forwardKinematics; poseDancer does it for a blend.
 * Horizontally, a pose's anchor (its supporting toe tip, or the midpoint of both) is kept on
 * the root point (`anchor`, from anchorWeights; poseDancer again), so a supporting foot stays
 * put and a turn pivots on it; travel and flight have no anchor (the pelvis over the root).
 * groundOffset(rig, pose) reports that adjustment; the timeline must not add it again.
 *
 * For the timeline: samplePhrase(action, localSec, gender) -> { poseA, poseB, weight, liftM,
 * turnDeg, headYawDeg }; put liftM in root y, add turnDeg to the heading. Every phrase starts in
 * 'stand-first' or 'fifth-r' (an intro, e.g. kneeling down, is danced once), then loops.
 * phraseDurationSec = intro + one loop; loopDurationSec = one loop.
 * Partnered actions: place the partner PARTNER_PLACEMENT[action].behindM behind her, facing
 * her way; in the lift her liftM already brings her waist to his raised hands.
 */
export {
  JOINTS,
  type JointName,
  type PhraseSample,
  type PoseName,
  type SamplePhrase,
} from './types';
export {
  createRig,
  POINTS,
  SITES,
  pointIndex,
  type PointName,
  type Rig,
  type Segment,
  type SiteName,
} from './rig';
export {
  JOINT_LIMITS,
  clampAngles,
  jointKind,
  jointSide,
  type ChannelLimits,
  type JointAngles,
  type JointKind,
} from './jointLimits';
export { anglesToQuaternion } from './anglesToQuaternion';
export {
  POSES,
  POSE_NAMES,
  airborneWeight,
  anchorOf,
  anchorWeights,
  getPose,
  mirrorJoint,
  mirrorPose,
  type Anchor,
  type AnchorWeights,
  type Contact,
  type Pose,
  type PoseAngles,
} from './poses';
export { POSE_LIBRARY } from './poseLibrary';
export { blendPoses, groundOffset, poseQuaternions } from './poseQuaternions';
export {
  footContact,
  forwardKinematics,
  lowestContactY,
  type RootPlacement,
} from './forwardKinematics';
export { poseDancer, type DancerPlacement } from './poseDancer';
export { blendAirborne, blendAnchor, blendDancerPose, type PoseBlend } from './blendDancerPose';
export {
  PHRASES,
  loopDurationSec,
  loopStart,
  phraseDurationSec,
  type Phrase,
  type PhraseStep,
} from './phrases';
export { phraseOf, samplePhrase, smoothstep, spotYawDeg } from './samplePhrase';
export {
  FISH_HEIGHT_M,
  LIFT_HEIGHT_M,
  PARTNERED_ACTIONS,
  PARTNER_PLACEMENT,
  type PartneredAction,
} from './partnering';
export {
  AIR,
  ARM,
  BOTH,
  CARRIAGE,
  FIFTH_LEGS,
  ON_L,
  RETIRE,
  arm,
  arms,
  demiLeg,
  flatLeg,
  leg,
  pliedLeg,
  pointedLeg,
  pointeLeg,
  pose,
  type ArmShape,
  type LegShape,
  type Side,
} from './poseParts';
export { levelFeet } from './levelFeet';
