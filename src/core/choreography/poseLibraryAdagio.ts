import {
  anchored,
  ARM,
  arm,
  arms,
  BOTH,
  CARRIAGE,
  FIFTH_LEGS,
  demiLeg,
  flatLeg,
  leg,
  ON_L,
  pliedLeg,
  pointedLeg,
  pointeLeg,
  pose,
  RETIRE,
  keeping,
} from './poseParts';
import type { Pose } from './poses';

/** Adagio poses (right leg working; left twins mirrored). */
export const ADAGIO: Record<string, Pose> = {
  'plie-first': keeping(
    'stand-first',
    ['L', 'R'],
    pose(BOTH, CARRIAGE, leg('R', pliedLeg(55, 62)), leg('L', pliedLeg(55, 62)), arms(ARM.second)),
  ),
  'plie-fifth-r': keeping(
    'fifth-r',
    ['L', 'R'],
    anchored(
      'footL',
      pose(
        BOTH,
        CARRIAGE,
        leg('R', pliedLeg(55, 62, 4)),
        leg('L', pliedLeg(55, 62, -4)),
        arms(ARM.low),
      ),
    ),
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
  'releve-fifth-r': anchored(
    'footL',
    pose(
      BOTH,
      CARRIAGE,
      leg('R', pointeLeg(52, 4, -6)),
      leg('L', pointeLeg(52, -3, -6)),
      arms(ARM.fifth),
    ),
  ),
  'releve-fifth-demi-r': anchored(
    'footL',
    pose(
      BOTH,
      CARRIAGE,
      leg('R', demiLeg(52, 4, -5)),
      leg('L', demiLeg(52, -3, -5)),
      arms(ARM.fifth),
    ),
  ),
  'port-first-r': anchored(
    'footL',
    pose(BOTH, CARRIAGE, FIFTH_LEGS, arms(ARM.first), {
      head: { flexDeg: 10, rotateDeg: 15 },
    }),
  ),
  'port-fifth-r': anchored(
    'footL',
    pose(BOTH, CARRIAGE, FIFTH_LEGS, arms(ARM.fifth), {
      head: { flexDeg: -6, rotateDeg: 20 },
    }),
  ),
  'port-second-r': anchored(
    'footL',
    pose(BOTH, CARRIAGE, FIFTH_LEGS, arms(ARM.second), { head: { rotateDeg: 30 } }),
  ),
  // Cambré back: the upper back arches, the arms stay in fifth.
  'port-cambre-r': anchored(
    'footL',
    pose(
      BOTH,
      FIFTH_LEGS,
      { spineLower: { flexDeg: -12 }, spineUpper: { flexDeg: -22 }, neck: { flexDeg: -14 } },
      { head: { flexDeg: -10, rotateDeg: 20 } },
      arms(ARM.fifth),
    ),
  ),
  // First arabesque, right leg behind: the hip extends 35°, the pelvis tilts 55° forward
  // (so the supporting hip flexes to keep that leg vertical), the back arches to lift the chest.
  'arabesque-r': keeping(
    'fifth-r',
    ['L'],
    pose(
      ON_L,
      { pelvis: { flexDeg: 55 }, spineLower: { flexDeg: -22 }, spineUpper: { flexDeg: -16 } },
      { neck: { flexDeg: -4 }, head: { flexDeg: 4, rotateDeg: 8 } },
      leg('L', flatLeg(45, 55)),
      leg('R', pointedLeg({ flexDeg: -35, rotateDeg: 45 })),
      arm('L', ARM.forward),
      arm('R', ARM.side),
    ),
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
  'attitude-r': keeping(
    'fifth-r',
    ['L'],
    pose(
      ON_L,
      { pelvis: { flexDeg: 45 }, spineLower: { flexDeg: -20 }, spineUpper: { flexDeg: -15 } },
      { head: { rotateDeg: 20 } },
      leg('L', flatLeg(45, 45)),
      leg('R', pointedLeg({ flexDeg: -40, abductDeg: 40, rotateDeg: 70 }, 90)),
      arm('R', ARM.fifth),
      arm('L', ARM.second),
    ),
  ),
  // Développé devant: the right leg unfolded in front at hip height.
  'developpe-r': keeping(
    'fifth-r',
    ['L'],
    pose(
      ON_L,
      { pelvis: { flexDeg: -8 }, spineLower: { flexDeg: 4 } },
      CARRIAGE,
      leg('L', flatLeg(55, -8)),
      leg('R', pointedLeg({ flexDeg: 95, abductDeg: 12, rotateDeg: 55 })),
      arms(ARM.second),
    ),
  ),
  'tendu-front-r': keeping(
    'fifth-r',
    ['L'],
    pose(
      ON_L,
      CARRIAGE,
      leg('L', flatLeg(60)),
      leg('R', { ...pointedLeg({ flexDeg: 35, abductDeg: 6, rotateDeg: 60 }), ankle: 75 }),
      arms(ARM.second),
    ),
  ),
  'retire-flat-r': keeping(
    'fifth-r',
    ['L'],
    pose(ON_L, CARRIAGE, leg('L', flatLeg(55)), leg('R', RETIRE), arms(ARM.first)),
  ),
};
