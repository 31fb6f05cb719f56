import { useLayoutEffect, useMemo, useRef } from 'react';
import type { InstancedMesh } from 'three';
import type { CastMember } from '../core';
import { costumesFor, type Costume } from './costumesFor';
import { Dancer } from './Dancer';
import { getDancerGeometry } from './dancerGeometry';
import { DancerPoser } from './DancerPoser';
import { getStageMaterials } from './stageMaterials';

/** Props of the company. */
export interface DancersProps {
  /** One figure per cast member (dancers and characters), keyed by id. */
  cast: CastMember[];
  shadows?: boolean;
}

/** The cast laid out for drawing: each member's costume and poser, and the instances they share. */
interface Company {
  costumes: Costume[];
  posers: DancerPoser[];
  limbCount: number;
  jointCount: number;
}

/** Costumes the cast and gives each member its run of limb and joint instances. */
function createCompany(cast: readonly CastMember[]): Company {
  let limbCount = 0;
  let jointCount = 0;
  const posers = cast.map((member) => {
    const poser = new DancerPoser(member.gender, limbCount, jointCount);
    limbCount += poser.limbs.length;
    jointCount += poser.jointCount;
    return poser;
  });
  return { costumes: costumesFor(cast), posers, limbCount, jointCount };
}

/**
 * Every cast member in costume. The whole cast's limbs and joints are two instanced meshes
 * (colored per instance), so a larger cast costs only its torso and skirt meshes: 2 + 3 per
 * member draw calls. Each figure hides itself while the frame does not put it on stage.
 */
export function Dancers({ cast, shadows = true }: DancersProps) {
  const geometry = getDancerGeometry();
  const materials = getStageMaterials();
  const company = useMemo(() => createCompany(cast), [cast]);
  const limbsRef = useRef<InstancedMesh>(null);
  const jointsRef = useRef<InstancedMesh>(null);

  useLayoutEffect(() => {
    const limbs = limbsRef.current;
    const joints = jointsRef.current;
    if (!limbs || !joints) return;
    company.posers.forEach((poser, i) => {
      const costume = company.costumes[i];
      if (costume) poser.paint(costume.colors, limbs, joints);
    });
  }, [company]);

  return (
    <group name="dancers">
      {company.limbCount > 0 && (
        <>
          <instancedMesh
            ref={limbsRef}
            name="company-limbs"
            args={[geometry.limb, materials.body, company.limbCount]}
            castShadow={shadows}
            frustumCulled={false}
          />
          <instancedMesh
            ref={jointsRef}
            name="company-joints"
            args={[geometry.joint, materials.body, company.jointCount]}
            castShadow={shadows}
            frustumCulled={false}
          />
        </>
      )}
      {cast.map((member, i) => (
        <Dancer
          key={member.id}
          id={member.id}
          role={member.role}
          costume={company.costumes[i]!}
          poser={company.posers[i]!}
          limbs={limbsRef}
          joints={jointsRef}
          shadows={shadows}
        />
      ))}
    </group>
  );
}
