import type { BufferGeometry } from 'three';
import type { CostumeCut } from './costumesFor';
import {
  createJacketHemGeometry,
  createJointGeometry,
  createLimbGeometry,
  createLongSkirtGeometry,
  createLowerTorsoGeometry,
  createTunicSkirtGeometry,
  createTutuGeometry,
  createUpperTorsoGeometry,
} from './dancerLook';

/** The shapes every dancer is built from, shared by the whole cast. */
export interface DancerGeometry {
  limb: BufferGeometry;
  joint: BufferGeometry;
  lowerTorso: BufferGeometry;
  upperTorso: BufferGeometry;
  /** What hangs from the waist, by costume cut. */
  skirts: Readonly<Record<CostumeCut, BufferGeometry>>;
}

let shared: DancerGeometry | null = null;

/** The dancer shapes, built on first use and shared (they never change). */
export function getDancerGeometry(): DancerGeometry {
  shared ??= {
    limb: createLimbGeometry(),
    joint: createJointGeometry(),
    lowerTorso: createLowerTorsoGeometry(),
    upperTorso: createUpperTorsoGeometry(),
    skirts: {
      tutu: createTutuGeometry(),
      tunic: createTunicSkirtGeometry(),
      skirt: createLongSkirtGeometry(),
      jacket: createJacketHemGeometry(),
    },
  };
  return shared;
}
