import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Color } from 'three';
import type { Group, InstancedMesh, Mesh } from 'three';
import type { Gender, Role } from '../core';
import type { Costume } from './costumesFor';
import { getDancerGeometry } from './dancerGeometry';
import { segmentColor } from './dancerLook';
import { DancerPoser } from './DancerPoser';
import { dancerById } from './frameLookup';
import { useStageFrame } from './stageFrameContext';
import { getFabricMaterial, getStageMaterials } from './stageMaterials';

/** Props of one dancer. */
export interface DancerProps {
  /** Cast id, matched against frame.dancers[].id. */
  id: string;
  /** The body: rig, height, bun. */
  gender: Gender;
  role: Role;
  /** What this cast member wears (see costumesFor). */
  costume: Costume;
  shadows?: boolean;
}

/**
 * One procedural cast member: tapered limbs and joint spheres (two instanced meshes, colored per
 * instance) plus lathed torso pieces and whatever hangs from the waist (tutu, tunic skirt, long
 * skirt or jacket hem), posed every frame by a DancerPoser from the frame's poses. Five draw
 * calls per cast member; fabrics are shared across the cast.
 */
export function Dancer({ id, gender, role, costume, shadows = true }: DancerProps) {
  const frameRef = useStageFrame();
  const geometry = getDancerGeometry();
  const materials = getStageMaterials();
  const poser = useMemo(() => new DancerPoser(gender), [gender]);
  const colors = costume.colors;
  const torsoMaterial = getFabricMaterial(colors.torso, 0.8);
  const skirtMaterial = getFabricMaterial(colors.skirt, 0.9);
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
      segmentColor(colors, seg, c);
      limbs.setColorAt(k, c);
      joints.setColorAt(2 * k, c);
      joints.setColorAt(2 * k + 1, c);
    });
    const base = poser.limbs.length * 2;
    joints.setColorAt(base, c.set(colors.skin));
    joints.setColorAt(base + 1, c.set(colors.hair));
    joints.setColorAt(base + 2, c.set(colors.hair));
    if (limbs.instanceColor) limbs.instanceColor.needsUpdate = true;
    if (joints.instanceColor) joints.instanceColor.needsUpdate = true;
  }, [poser, colors]);

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
  const scale: [number, number, number] = [k * (gender === 'male' ? 1.1 : 1), k, k];
  return (
    <group ref={groupRef} name={`dancer-${id}`} userData={{ gender, role, cut: costume.cut }}>
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
        material={torsoMaterial}
        scale={scale}
        castShadow={shadows}
      />
      <mesh
        ref={upperRef}
        geometry={geometry.upperTorso}
        material={torsoMaterial}
        scale={scale}
        castShadow={shadows}
      />
      <mesh
        ref={skirtRef}
        name={`costume-${costume.cut}`}
        geometry={geometry.skirts[costume.cut]}
        material={skirtMaterial}
        scale={scale}
        castShadow={shadows}
      />
    </group>
  );
}
