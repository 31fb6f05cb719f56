import {
  ARM,
  arm,
  arms,
  demiLeg,
  flatLeg,
  leg,
  pliedLeg,
  pointedLeg,
  pointeLeg,
  RETIRE,
} from './poseParts';
import { BOTH, CARRIAGE, ON_L, pose } from './poseParts';
import { ALLEGRO, PARTNERED } from './poseLibraryAllegro';
import type { Pose, PoseAngles } from './poses';

// Fifth position: the right foot crossed in front, heel to the left toe.
const FIFTH_LEGS: PoseAngles = {
  ...leg('R', flatLeg(64, 5, -4)),
  ...leg('L', flatLeg(64, -4, -4)),
};

/** Still poses: standing, waiting, kneeling; each has a "-breath" twin for idle loops. */
const STILL: Record<string, Pose> = {
  'stand-first': pose(
    BOTH,
    CARRIAGE,
    leg('R', flatLeg(62, 0, -3)),
    leg('L', flatLeg(62, 0, -3)),
    arms(ARM.low),
  ),
  'stand-first-breath': pose(
    BOTH,
    { spineUpper: { flexDeg: -6 }, neck: { flexDeg: -5 }, head: { flexDeg: 2 } },
    leg('R', flatLeg(62, 0, -3)),
    leg('L', flatLeg(62, 0, -3)),
    arms({ ...ARM.low, shoulder: { flexDeg: 16, abductDeg: 18, rotateDeg: -45 } }),
  ),
  'fifth-r': pose(BOTH, CARRIAGE, FIFTH_LEGS, arms(ARM.low)),
  'fifth-breath-r': pose(
    BOTH,
    { spineUpper: { flexDeg: -6 }, neck: { flexDeg: -5 }, head: { flexDeg: 2, rotateDeg: 8 } },
    FIFTH_LEGS,
    arms({ ...ARM.low, shoulder: { flexDeg: 18, abductDeg: 16, rotateDeg: -45 } }),
  ),
  // Resting weight on the left leg, the right knee soft; less turnout; arms hanging.
  'wings-r': pose(
    BOTH,
    { pelvis: { abductDeg: -3 }, head: { rotateDeg: -20 } },
    leg('L', flatLeg(30, 0, 4)),
    leg('R', { hip: { flexDeg: 10, abductDeg: 6, rotateDeg: 35 }, knee: 14, ankle: 4 }),
    arms({ shoulder: { flexDeg: 5, abductDeg: 8 }, elbow: 14 }),
  ),
  'wings-breath-r': pose(
    BOTH,
    { pelvis: { abductDeg: -3 }, spineUpper: { flexDeg: -3 }, head: { rotateDeg: -28 } },
    leg('L', flatLeg(30, 0, 4)),
    leg('R', { hip: { flexDeg: 10, abductDeg: 6, rotateDeg: 35 }, knee: 14, ankle: 4 }),
    arms({ shoulder: { flexDeg: 7, abductDeg: 9 }, elbow: 16 }),
  ),
  // Kneeling on the left knee, the right foot flat in front, the chest lifted, head inclined.
  'kneel-r': pose(
    ['kneeL', 'footR'],
    { spineUpper: { flexDeg: -4 }, head: { flexDeg: 12, rotateDeg: 15 } },
    leg('L', { hip: { flexDeg: 0, rotateDeg: 20 }, knee: 88, ankle: 80 }),
    leg('R', { hip: { flexDeg: 86, rotateDeg: 25 }, knee: 98, ankle: -6 }),
    arms(ARM.low),
  ),
  'kneel-breath-r': pose(
    ['kneeL', 'footR'],
    { spineUpper: { flexDeg: -7 }, head: { flexDeg: 8, rotateDeg: 20 } },
    leg('L', { hip: { flexDeg: 0, rotateDeg: 20 }, knee: 88, ankle: 80 }),
    leg('R', { hip: { flexDeg: 86, rotateDeg: 25 }, knee: 98, ankle: -6 }),
    arms({ ...ARM.low, shoulder: { flexDeg: 18, abductDeg: 16, rotateDeg: -45 } }),
  ),
};

/** Travel poses (right leg forward; the left twins are mirrored). */
const TRAVEL: Record<string, Pose> = {
  // A ballet walk: turned out, the front foot placed toe first, arms in demi-seconde.
  'walk-r': pose(
    ['footR'],
    CARRIAGE,
    leg('R', { hip: { flexDeg: 18, rotateDeg: 40 }, knee: 0, ankle: 0 }),
    leg('L', { hip: { flexDeg: -15, rotateDeg: 40 }, knee: 40, ankle: 60 }),
    arms(ARM.demiSecond),
  ),
  // A light run: the back foot pointed off the floor, the front knee soft.
  'run-r': pose(
    ['footR'],
    CARRIAGE,
    { spineLower: { flexDeg: 5 } },
    leg('R', { hip: { flexDeg: 30, rotateDeg: 35 }, knee: 22, ankle: 10 }),
    leg('L', pointedLeg({ flexDeg: -30, rotateDeg: 35 }, 40)),
    arms(ARM.demiSecond),
  ),
  // Pas de bourrée couru on pointe: feet tight in fifth, the right knee just softening.
  'bourree-r': pose(
    ON_L,
    CARRIAGE,
    leg('R', { ...pointeLeg(50, 6, -6), knee: 8 }),
    leg('L', pointeLeg(50, -3, -6)),
    arms(ARM.second),
  ),
  'bourree-demi-r': pose(
    ON_L,
    CARRIAGE,
    leg('R', { ...demiLeg(45, 6, -5), knee: 10 }),
    leg('L', demiLeg(45, -3, -5)),
    arms(ARM.demiSecond),
  ),
};

/** Adagio poses (right leg working; left twins mirrored). */
const ADAGIO: Record<string, Pose> = {
  'plie-first': pose(
    BOTH,
    CARRIAGE,
    leg('R', pliedLeg(55, 62)),
    leg('L', pliedLeg(55, 62)),
    arms(ARM.second),
  ),
  'plie-fifth-r': pose(
    BOTH,
    CARRIAGE,
    leg('R', pliedLeg(55, 62, 4)),
    leg('L', pliedLeg(55, 62, -4)),
    arms(ARM.low),
  ),
  'releve-first': pose(
    BOTH,
    CARRIAGE,
    leg('R', pointeLeg(50)),
    leg('L', pointeLeg(50)),
    arms(ARM.fifth),
  ),
  'releve-first-demi': pose(
    BOTH,
    CARRIAGE,
    leg('R', demiLeg(50)),
    leg('L', demiLeg(50)),
    arms(ARM.fifth),
  ),
  // Sous-sus: the legs drawn together on pointe, fifth crossed tight.
  'releve-fifth-r': pose(
    BOTH,
    CARRIAGE,
    leg('R', pointeLeg(52, 4, -6)),
    leg('L', pointeLeg(52, -3, -6)),
    arms(ARM.fifth),
  ),
  'releve-fifth-demi-r': pose(
    BOTH,
    CARRIAGE,
    leg('R', demiLeg(52, 4, -5)),
    leg('L', demiLeg(52, -3, -5)),
    arms(ARM.fifth),
  ),
  'port-first-r': pose(BOTH, CARRIAGE, FIFTH_LEGS, arms(ARM.first), {
    head: { flexDeg: 10, rotateDeg: 15 },
  }),
  'port-fifth-r': pose(BOTH, CARRIAGE, FIFTH_LEGS, arms(ARM.fifth), {
    head: { flexDeg: -6, rotateDeg: 20 },
  }),
  'port-second-r': pose(BOTH, CARRIAGE, FIFTH_LEGS, arms(ARM.second), { head: { rotateDeg: 30 } }),
  // Cambré back: the upper back arches, the arms stay in fifth.
  'port-cambre-r': pose(
    BOTH,
    FIFTH_LEGS,
    { spineLower: { flexDeg: -12 }, spineUpper: { flexDeg: -22 }, neck: { flexDeg: -14 } },
    { head: { flexDeg: -10, rotateDeg: 20 } },
    arms(ARM.fifth),
  ),
  // First arabesque, right leg behind: the hip extends 35°, the pelvis tilts 55° forward
  // (so the supporting hip flexes to keep that leg vertical), the back arches to lift the chest.
  'arabesque-r': pose(
    ON_L,
    { pelvis: { flexDeg: 55 }, spineLower: { flexDeg: -22 }, spineUpper: { flexDeg: -16 } },
    { neck: { flexDeg: -4 }, head: { flexDeg: 4, rotateDeg: 8 } },
    leg('L', flatLeg(45, 55)),
    leg('R', pointedLeg({ flexDeg: -35, rotateDeg: 45 })),
    arm('L', ARM.forward),
    arm('R', ARM.side),
  ),
  'arabesque-pointe-r': pose(
    ON_L,
    { pelvis: { flexDeg: 55 }, spineLower: { flexDeg: -22 }, spineUpper: { flexDeg: -16 } },
    { neck: { flexDeg: -4 }, head: { flexDeg: 4, rotateDeg: 8 } },
    leg('L', pointeLeg(45, 55)),
    leg('R', pointedLeg({ flexDeg: -35, rotateDeg: 45 })),
    arm('L', ARM.forward),
    arm('R', ARM.side),
  ),
  // Arabesque fondu: the landing of a jump, the supporting knee bent.
  'arabesque-fondu-r': pose(
    ON_L,
    { pelvis: { flexDeg: 50 }, spineLower: { flexDeg: -18 }, spineUpper: { flexDeg: -14 } },
    leg('L', { ...pliedLeg(50, 45, 50) }),
    leg('R', pointedLeg({ flexDeg: -35, rotateDeg: 45 })),
    arm('L', ARM.forward),
    arm('R', ARM.side),
  ),
  // Attitude derrière: the working knee bent ~90°, lifted behind, knee higher than the foot.
  'attitude-r': pose(
    ON_L,
    { pelvis: { flexDeg: 45 }, spineLower: { flexDeg: -20 }, spineUpper: { flexDeg: -15 } },
    { head: { rotateDeg: 20 } },
    leg('L', flatLeg(45, 45)),
    leg('R', pointedLeg({ flexDeg: -40, abductDeg: 40, rotateDeg: 70 }, 90)),
    arm('R', ARM.fifth),
    arm('L', ARM.second),
  ),
  // Développé devant: the right leg unfolded in front at hip height.
  'developpe-r': pose(
    ON_L,
    { pelvis: { flexDeg: -8 }, spineLower: { flexDeg: 4 } },
    CARRIAGE,
    leg('L', flatLeg(55, -8)),
    leg('R', pointedLeg({ flexDeg: 95, abductDeg: 12, rotateDeg: 55 })),
    arms(ARM.second),
  ),
  'tendu-front-r': pose(
    ON_L,
    CARRIAGE,
    leg('L', flatLeg(60)),
    leg('R', { ...pointedLeg({ flexDeg: 35, abductDeg: 6, rotateDeg: 60 }), ankle: 75 }),
    arms(ARM.second),
  ),
  'retire-flat-r': pose(ON_L, CARRIAGE, leg('L', flatLeg(55)), leg('R', RETIRE), arms(ARM.first)),
};

/** The library as authored; "-r" poses get mirrored "-l" twins in POSES. */
export const POSE_LIBRARY: Readonly<Record<string, Pose>> = {
  ...STILL,
  ...TRAVEL,
  ...ADAGIO,
  ...ALLEGRO,
  ...PARTNERED,
};
