import type { BufferGeometry } from 'three';
import {
  createJointGeometry,
  createLimbGeometry,
  createLowerTorsoGeometry,
  createTunicSkirtGeometry,
  createTutuGeometry,
  createUpperTorsoGeometry,
} from './dancerLook';

/** The shapes every dancer is built from, shared by both dancers. */
export interface DancerGeometry {
  limb: BufferGeometry;
  joint: BufferGeometry;
  lowerTorso: BufferGeometry;
  upperTorso: BufferGeometry;
  tutu: BufferGeometry;
  tunicSkirt: BufferGeometry;
}

let shared: DancerGeometry | null = null;

/** The dancer shapes, built on first use and shared (they never change). */
export function getDancerGeometry(): DancerGeometry {
  shared ??= {
    limb: createLimbGeometry(),
    joint: createJointGeometry(),
    lowerTorso: createLowerTorsoGeometry(),
    upperTorso: createUpperTorsoGeometry(),
    tutu: createTutuGeometry(),
    tunicSkirt: createTunicSkirtGeometry(),
  };
  return shared;
}
