import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Color, MeshStandardMaterial } from 'three';
import type { Group, InstancedMesh, Mesh } from 'three';
import type { Role } from '../core';
import { getDancerGeometry } from './dancerGeometry';
import { COSTUMES, segmentColor } from './dancerLook';
import { DancerPoser } from './DancerPoser';
import { dancerById } from './frameLookup';
import { useStageFrame } from './stageFrameContext';
import { getStageMaterials } from './stageMaterials';

/** Props of one dancer. */
export interface DancerProps {
  /** Cast id, matched against frame.dancers[].id. */
  id: string;
  role: Role;
  shadows?: boolean;
}

/**
 * One procedural dancer: tapered limbs and joint spheres (two instanced meshes, colored per
 * instance) plus lathed torso pieces and a tutu or tunic skirt, posed every frame by a
 * DancerPoser from the frame's poses. Five draw calls per dancer.
 */
export function Dancer({ id, role, shadows = true }: DancerProps) {
  const frameRef = useStageFrame();
  const geometry = getDancerGeometry();
  const materials = getStageMaterials();
  const poser = useMemo(() => new DancerPoser(role), [role]);
  const costume = COSTUMES[role];
  const looks = useMemo(
    () => ({
      torso: new MeshStandardMaterial({ color: costume.torso, roughness: 0.8 }),
      skirt: new MeshStandardMaterial({ color: costume.skirt, roughness: 0.9 }),
    }),
    [costume],
  );
  useEffect(() => () => Object.values(looks).forEach((m) => m.dispose()), [looks]);
  const groupRef = useRef<Group>(null);
  const limbRef = useRef<InstancedMesh>(null);
  const jointRef = useRef<InstancedMesh>(null);
  const lowerRef = useRef<Mesh>(null);
  const upperRef = useRef<Mesh>(null);
  const skirtRef = useRef<Mesh>(null);

  useLayoutEffect(() => {
    const limbs = limbRef.current;
    const joints = jointRef.current;
    if (!limbs || !joints) return;
    const c = new Color();
    poser.limbs.forEach((seg, k) => {
      segmentColor(role, seg, c);
      limbs.setColorAt(k, c);
      joints.setColorAt(2 * k, c);
      joints.setColorAt(2 * k + 1, c);
    });
    const base = poser.limbs.length * 2;
    joints.setColorAt(base, c.set(costume.skin));
    joints.setColorAt(base + 1, c.set(costume.hair));
    joints.setColorAt(base + 2, c.set(costume.hair));
    if (limbs.instanceColor) limbs.instanceColor.needsUpdate = true;
    if (joints.instanceColor) joints.instanceColor.needsUpdate = true;
  }, [poser, role, costume]);

  useFrame(() => {
    const group = groupRef.current;
    const limbs = limbRef.current;
    const joints = jointRef.current;
    const lowerTorso = lowerRef.current;
    const upperTorso = upperRef.current;
    const skirt = skirtRef.current;
    if (!group || !limbs || !joints || !lowerTorso || !upperTorso || !skirt) return;
    const dancer = dancerById(frameRef.current, id);
    group.visible = dancer !== undefined;
    if (dancer) poser.apply(dancer, limbs, joints, lowerTorso, upperTorso, skirt);
  });

  const k = poser.bodyScale;
  const scale: [number, number, number] = [k * (role === 'partner' ? 1.1 : 1), k, k];
  return (
    <group ref={groupRef} name={`dancer-${id}`} userData={{ role }}>
      <instancedMesh
        ref={limbRef}
        args={[geometry.limb, materials.body, poser.limbs.length]}
        castShadow={shadows}
        frustumCulled={false}
      />
      <instancedMesh
        ref={jointRef}
        args={[geometry.joint, materials.body, poser.jointCount]}
        castShadow={shadows}
        frustumCulled={false}
      />
      <mesh
        ref={lowerRef}
        geometry={geometry.lowerTorso}
        material={looks.torso}
        scale={scale}
        castShadow={shadows}
      />
      <mesh
        ref={upperRef}
        geometry={geometry.upperTorso}
        material={looks.torso}
        scale={scale}
        castShadow={shadows}
      />
      <mesh
        ref={skirtRef}
        geometry={role === 'ballerina' ? geometry.tutu : geometry.tunicSkirt}
        material={looks.skirt}
        scale={scale}
        castShadow={shadows}
      />
    </group>
  );
}
