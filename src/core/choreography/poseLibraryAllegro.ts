import {
  AIR,
  anchored,
  ARM,
  arm,
  arms,
  BOTH,
  CARRIAGE,
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

/** Turns, jumps and bows (right leg working; left twins mirrored). */
export const ALLEGRO: Record<string, Pose> = {
  // Fourth-position preparation: left foot in front, right behind, both knees bent.
  'prep-fourth-r': keeping(
    'fifth-r',
    ['L'],
    anchored(
      'footL',
      pose(
        BOTH,
        CARRIAGE,
        leg('L', pliedLeg(50, 55, 14)),
        leg('R', pliedLeg(50, 55, -18)),
        arm('R', ARM.first),
        arm('L', ARM.second),
      ),
    ),
  ),
  'retire-r': pose(ON_L, CARRIAGE, leg('L', pointeLeg(50)), leg('R', RETIRE), arms(ARM.first)),
  'retire-demi-r': pose(ON_L, CARRIAGE, leg('L', demiLeg(50)), leg('R', RETIRE), arms(ARM.first)),
  // Fouetté: on a bent supporting leg the working leg whips open to the side at hip height.
  'fouette-second-r': pose(
    ON_L,
    CARRIAGE,
    leg('L', pliedLeg(40, 50)),
    leg('R', pointedLeg({ flexDeg: 12, abductDeg: 85, rotateDeg: 60 })),
    arms(ARM.second),
  ),
  // Chaînés: tight first position on pointe (demi for the partner), arms in first.
  chaine: pose(
    BOTH,
    CARRIAGE,
    leg('R', pointeLeg(40, 0, -3)),
    leg('L', pointeLeg(40, 0, -3)),
    arms(ARM.first),
  ),
  'chaine-demi': pose(
    BOTH,
    CARRIAGE,
    leg('R', demiLeg(40, 0, -3)),
    leg('L', demiLeg(40, 0, -3)),
    arms(ARM.first),
  ),
  // Sauté in first: legs straight and together, feet pointed.
  'saut-air': pose(
    AIR,
    CARRIAGE,
    leg('R', pointedLeg({ abductDeg: -3, rotateDeg: 60 })),
    leg('L', pointedLeg({ abductDeg: -3, rotateDeg: 60 })),
    arms(ARM.low),
  ),
  // Grand jeté: a split in the air, right leg in front. The pelvis tilts 35° forward, so the
  // front hip flexes 125° for a horizontal front leg and the back hip extends 45° for a back leg
  // 80° up; the back arches to keep the chest lifted.
  'grand-jete-r': pose(
    AIR,
    { pelvis: { flexDeg: 35 }, spineLower: { flexDeg: -18 }, spineUpper: { flexDeg: -15 } },
    { neck: { flexDeg: -6 }, head: { flexDeg: 0, rotateDeg: 10 } },
    leg('R', pointedLeg({ flexDeg: 125, abductDeg: 4, rotateDeg: 35 })),
    leg('L', pointedLeg({ flexDeg: -45, rotateDeg: 40 })),
    arm('L', ARM.forward),
    arm('R', { ...ARM.second, shoulder: { flexDeg: 25, abductDeg: 85, rotateDeg: -40 } }),
  ),
  // Tour jeté, first half: the right leg brushes up in front, the arms rise to fifth.
  'jete-brush-r': pose(
    AIR,
    CARRIAGE,
    leg('R', pointedLeg({ flexDeg: 90, rotateDeg: 30 })),
    leg('L', pointedLeg({ flexDeg: -5, rotateDeg: 40 })),
    arms(ARM.fifth),
  ),
  // Tour jeté, after the half turn: the legs have switched, the left leg lifted behind.
  'tour-jete-air-r': pose(
    AIR,
    { pelvis: { flexDeg: 40 }, spineLower: { flexDeg: -20 }, spineUpper: { flexDeg: -15 } },
    leg('R', pointedLeg({ flexDeg: 65, rotateDeg: 30 })),
    leg('L', pointedLeg({ flexDeg: -40, rotateDeg: 40 })),
    arm('R', ARM.forward),
    arm('L', ARM.side),
  ),
  // Révérence opening: a tendu to the side, arms in second, head lifted.
  'reverence-open-r': keeping(
    'fifth-r',
    ['L'],
    pose(
      ON_L,
      CARRIAGE,
      leg('L', flatLeg(55)),
      leg('R', { ...pointedLeg({ flexDeg: 4, abductDeg: 30, rotateDeg: 60 }), ankle: 70 }),
      arms(ARM.second),
    ),
  ),
  // The ballerina's curtsy: the right leg crossed behind, both knees bent, the head bowed.
  'reverence-r': keeping(
    'fifth-r',
    ['L'],
    pose(
      ON_L,
      { spineLower: { flexDeg: 8 }, spineUpper: { flexDeg: 10 }, neck: { flexDeg: 18 } },
      { head: { flexDeg: 25, rotateDeg: 10 } },
      leg('L', pliedLeg(55, 50)),
      leg('R', {
        ...pointedLeg({ flexDeg: -2, abductDeg: -4, rotateDeg: 20 }, 48),
        ankle: 80,
        toes: 0,
      }),
      arms(ARM.demiSecond),
    ),
  ),
  // The partner's bow: from the hips, the head down, one hand to the heart.
  'bow-r': anchored(
    'footL',
    pose(
      BOTH,
      { pelvis: { flexDeg: 30 }, spineLower: { flexDeg: 10 }, spineUpper: { flexDeg: 12 } },
      { neck: { flexDeg: 15 }, head: { flexDeg: 20 } },
      leg('R', flatLeg(40, 30)),
      leg('L', flatLeg(40, 30)),
      arm('R', { shoulder: { flexDeg: 35, abductDeg: 5, rotateDeg: -80 }, elbow: 105, wrist: 10 }),
      arm('L', ARM.demiSecond),
    ),
  ),
};

/** His hands at her waist, one each side, elbows bent and lifted. */
const HOLD_WAIST = {
  shoulder: { flexDeg: 35, abductDeg: 10, rotateDeg: -40 },
  elbow: 60,
  wrist: 0,
};

/**
 * The two roles' partnered shapes: hers ("lift-", "fish-"), his ("partner-"). His have no anchor:
 * he stands where the timeline puts him (behind her, PARTNER_PLACEMENT), stepping as he partners.
 */
export const PARTNERED: Record<string, Pose> = {
  // Her held shape overhead: back arched, right leg in retiré, left leg long, arms in fifth.
  'lift-held-r': pose(
    AIR,
    { spineLower: { flexDeg: -15 }, spineUpper: { flexDeg: -18 }, neck: { flexDeg: -10 } },
    leg('R', RETIRE),
    leg('L', pointedLeg({ flexDeg: -20, rotateDeg: 45 })),
    arms(ARM.fifth),
  ),
  // Fish dive: pitched head-down in his arms, back arched, the left leg long behind, the right
  // leg bent with the foot at the left knee.
  'fish-r': pose(
    AIR,
    { root: { flexDeg: 125 }, spineLower: { flexDeg: -12 }, spineUpper: { flexDeg: -12 } },
    { neck: { flexDeg: -20 }, head: { flexDeg: -10 } },
    leg('L', pointedLeg({ flexDeg: -20, rotateDeg: 40 })),
    leg('R', pointedLeg({ flexDeg: 10, abductDeg: -8, rotateDeg: 50 }, 100)),
    arm('L', ARM.forward),
    arm('R', ARM.second),
  ),
  // Standing behind her, the hands at her waist, a small lunge on the right leg.
  'partner-support-r': anchored(
    'none',
    pose(
      BOTH,
      CARRIAGE,
      leg('R', pliedLeg(25, 35, 16)),
      leg('L', flatLeg(35, -19)),
      arms(HOLD_WAIST),
    ),
  ),
  // Catching before a lift: a deep demi-plié, hands at her waist.
  'partner-catch-r': anchored(
    'none',
    pose(
      BOTH,
      { spineLower: { flexDeg: 8 } },
      leg('R', pliedLeg(60, 45)),
      leg('L', pliedLeg(60, 45)),
      arms(HOLD_WAIST),
    ),
  ),
  // Overhead press: the arms raised, her waist in his hands, a slight lunge.
  'partner-lift-r': anchored(
    'none',
    pose(
      BOTH,
      { spineUpper: { flexDeg: -6 }, neck: { flexDeg: -12 }, head: { flexDeg: -10 } },
      leg('R', pliedLeg(20, 35, 14)),
      leg('L', flatLeg(35, -15)),
      arms({ shoulder: { flexDeg: 168, abductDeg: 8, rotateDeg: -30 }, elbow: 18, wrist: -10 }),
    ),
  ),
  // Fish dive: a deep lunge forward on the right leg, the left leg long behind, arms around her.
  'partner-fish-r': anchored(
    'none',
    pose(
      BOTH,
      { spineLower: { flexDeg: 12 }, spineUpper: { flexDeg: 8 }, head: { flexDeg: 10 } },
      leg('R', pliedLeg(60, 20, 30)),
      // The back leg reaches as far as its heel stays down (the ankle at its 40° of dorsiflexion).
      leg('L', flatLeg(30, -41.5)),
      arms({ ...HOLD_WAIST, shoulder: { flexDeg: 45, abductDeg: 10, rotateDeg: -40 } }),
    ),
  ),
};
