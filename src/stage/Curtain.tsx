import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  createCurtainHalfGeometry,
  createFringeGeometry,
  layoutCurtainHalf,
} from './curtainGeometry';
import { level01 } from './frameLookup';
import { useStageFrame } from './stageFrameContext';
import { getStageMaterials } from './stageMaterials';

/** Props of the main curtain. */
export interface CurtainProps {
  /** Name of the curtain group in the scene graph. */
  name?: string;
}

/**
 * The main curtain: two halves of crimson velvet that part sideways and gather at the
 * pilasters, with gold fringe at the hem. Follows frame.curtain continuously; the cloth is
 * re-laid only when the opening changes.
 */
export function Curtain({ name = 'curtain' }: CurtainProps) {
  const frameRef = useStageFrame();
  const materials = getStageMaterials();
  const halves = useMemo(() => {
    const made = [-1, 1].map((side) => ({
      side: side as -1 | 1,
      velvet: createCurtainHalfGeometry(),
      fringe: createFringeGeometry(),
    }));
    for (const half of made) layoutCurtainHalf(half.velvet, half.fringe, 0, half.side);
    return made;
  }, []);
  // -1 forces a layout on the first frame, whatever the opening.
  const laidOpen = useRef(-1);

  useEffect(
    () => () => {
      for (const half of halves) {
        half.velvet.dispose();
        half.fringe.dispose();
      }
    },
    [halves],
  );

  useFrame(() => {
    const open = level01(frameRef.current.curtain);
    if (Math.abs(open - laidOpen.current) < 1e-4) return;
    laidOpen.current = open;
    for (const half of halves) layoutCurtainHalf(half.velvet, half.fringe, open, half.side);
  });

  return (
    <group name={name}>
      {halves.map((half) => (
        <group key={half.side} name={half.side < 0 ? 'curtain-left' : 'curtain-right'}>
          <mesh
            name="curtain-velvet"
            geometry={half.velvet}
            material={materials.velvet}
            receiveShadow
            frustumCulled={false}
          />
          <mesh
            name="curtain-fringe"
            geometry={half.fringe}
            material={materials.gilt}
            frustumCulled={false}
          />
        </group>
      ))}
    </group>
  );
}
