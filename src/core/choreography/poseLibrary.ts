import {
  anchored,
  ARM,
  arms,
  BOTH,
  CARRIAGE,
  demiLeg,
  FIFTH_LEGS,
  flatLeg,
  leg,
  ON_L,
  pointedLeg,
  pointeLeg,
  pose,
} from './poseParts';
import { ADAGIO } from './poseLibraryAdagio';
import { ALLEGRO, PARTNERED } from './poseLibraryAllegro';
import type { Pose } from './poses';

/** Still poses: standing, waiting, kneeling; each has a "-breath" twin for idle loops. */
const STILL: Record<string, Pose> = {
  'stand-first': pose(
    BOTH,
    CARRIAGE,
    FIFTH_LEGS,
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
  // The fifth-position family stands on its back (left) foot: the right one works from it.
  'fifth-r': anchored('footL', pose(BOTH, CARRIAGE, FIFTH_LEGS, arms(ARM.low))),
  'fifth-breath-r': anchored(
    'footL',
    pose(
      BOTH,
      { spineUpper: { flexDeg: -6 }, neck: { flexDeg: -5 }, head: { flexDeg: 2, rotateDeg: 8 } },
      FIFTH_LEGS,
      arms({ ...ARM.low, shoulder: { flexDeg: 18, abductDeg: 16, rotateDeg: -45 } }),
    ),
  ),
  // Resting weight on the left leg, the right knee soft; less turnout; arms hanging.
  'wings-r': anchored(
    'footL',
    pose(
      BOTH,
      { pelvis: { abductDeg: -3 }, head: { rotateDeg: -20 } },
      leg('L', flatLeg(30, 0, 4)),
      leg('R', { hip: { flexDeg: 10, abductDeg: 6, rotateDeg: 35 }, knee: 14, ankle: 4 }),
      arms({ shoulder: { flexDeg: 5, abductDeg: 8 }, elbow: 14 }),
    ),
  ),
  'wings-breath-r': anchored(
    'footL',
    pose(
      BOTH,
      { pelvis: { abductDeg: -3 }, spineUpper: { flexDeg: -3 }, head: { rotateDeg: -28 } },
      leg('L', flatLeg(30, 0, 4)),
      leg('R', { hip: { flexDeg: 10, abductDeg: 6, rotateDeg: 35 }, knee: 14, ankle: 4 }),
      arms({ shoulder: { flexDeg: 7, abductDeg: 9 }, elbow: 16 }),
    ),
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
  'walk-r': anchored(
    'none',
    pose(
      ['footR'],
      CARRIAGE,
      leg('R', { hip: { flexDeg: 18, rotateDeg: 40 }, knee: 0, ankle: 0 }),
      leg('L', { hip: { flexDeg: -15, rotateDeg: 40 }, knee: 40, ankle: 60 }),
      arms(ARM.demiSecond),
    ),
  ),
  // A light run: the back foot pointed off the floor, the front knee soft.
  'run-r': anchored(
    'none',
    pose(
      ['footR'],
      CARRIAGE,
      { spineLower: { flexDeg: 5 } },
      leg('R', { hip: { flexDeg: 30, rotateDeg: 35 }, knee: 22, ankle: 10 }),
      leg('L', pointedLeg({ flexDeg: -30, rotateDeg: 35 }, 40)),
      arms(ARM.demiSecond),
    ),
  ),
  // Pas de bourrée couru on pointe: feet tight in fifth, the right knee just softening.
  'bourree-r': anchored(
    'none',
    pose(
      ON_L,
      CARRIAGE,
      leg('R', { ...pointeLeg(50, 6, -6), knee: 8 }),
      leg('L', pointeLeg(50, -3, -6)),
      arms(ARM.second),
    ),
  ),
  'bourree-demi-r': anchored(
    'none',
    pose(
      ON_L,
      CARRIAGE,
      leg('R', { ...demiLeg(45, 6, -5), knee: 10 }),
      leg('L', demiLeg(45, -3, -5)),
      arms(ARM.demiSecond),
    ),
  ),
};

/** The library as authored; "-r" poses get mirrored "-l" twins in POSES. */
export const POSE_LIBRARY: Readonly<Record<string, Pose>> = {
  ...STILL,
  ...TRAVEL,
  ...ADAGIO,
  ...ALLEGRO,
  ...PARTNERED,
};
