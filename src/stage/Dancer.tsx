import { useFrame } from '@react-three/fiber';
import { useRef, type RefObject } from 'react';
import type { Group, InstancedMesh, Mesh } from 'three';
import type { Role } from '../core';
import type { Costume } from './costumesFor';
import { getDancerGeometry } from './dancerGeometry';
import type { DancerPoser } from './DancerPoser';
import { dancerById } from './frameLookup';
import { useStageFrame } from './stageFrameContext';
import { getFabricMaterial } from './stageMaterials';

/** Props of one cast member's figure. */
export interface DancerProps {
  /** Cast id, matched against frame.dancers[].id. */
  id: string;
  role: Role;
  /** What this cast member wears (see costumesFor). */
  costume: Costume;
  /** Poses this body (its gender's rig) into its run of the shared limb and joint instances. */
  poser: DancerPoser;
  /** The cast's shared limb and joint meshes (see Dancers). */
  limbs: RefObject<InstancedMesh | null>;
  joints: RefObject<InstancedMesh | null>;
  shadows?: boolean;
}

/**
 * One procedural cast member: lathed torso pieces and whatever hangs from the waist (tutu, tunic
 * skirt, long skirt or jacket hem), plus its limbs and joints in the cast's shared instanced
 * meshes, all posed every frame by its DancerPoser from the frame's poses. Three draw calls of
 * its own; fabrics are shared across the cast.
 */
export function Dancer({ id, role, costume, poser, limbs, joints, shadows = true }: DancerProps) {
  const frameRef = useStageFrame();
  const geometry = getDancerGeometry();
  const colors = costume.colors;
  const torsoMaterial = getFabricMaterial(colors.torso, 0.8);
  const skirtMaterial = getFabricMaterial(colors.skirt, 0.9);
  const groupRef = useRef<Group>(null);
  const lowerRef = useRef<Mesh>(null);
  const upperRef = useRef<Mesh>(null);
  const skirtRef = useRef<Mesh>(null);
  const hidden = useRef(false);

  useFrame(() => {
    const group = groupRef.current;
    const limbMesh = limbs.current;
    const jointMesh = joints.current;
    const lowerTorso = lowerRef.current;
    const upperTorso = upperRef.current;
    const skirt = skirtRef.current;
    if (!group || !limbMesh || !jointMesh || !lowerTorso || !upperTorso || !skirt) return;
    const dancer = dancerById(frameRef.current, id);
    group.visible = dancer !== undefined;
    if (dancer) {
      poser.apply(dancer, limbMesh, jointMesh, lowerTorso, upperTorso, skirt);
      hidden.current = false;
    } else if (!hidden.current) {
      // Its limbs live in the shared meshes, which stay visible: collapse them instead.
      poser.hide(limbMesh, jointMesh);
      hidden.current = true;
    }
  });

  const gender = poser.gender;
  const k = poser.bodyScale;
  const scale: [number, number, number] = [k * (gender === 'male' ? 1.1 : 1), k, k];
  return (
    <group ref={groupRef} name={`dancer-${id}`} userData={{ gender, role, cut: costume.cut }}>
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
