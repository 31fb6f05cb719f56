import { useMemo } from 'react';
import type { CastMember } from '../core';
import { costumesFor } from './costumesFor';
import { Dancer } from './Dancer';

/** Props of the company. */
export interface DancersProps {
  /** One figure per cast member (dancers and characters), keyed by id. */
  cast: CastMember[];
  shadows?: boolean;
}

/**
 * Every cast member in costume: one skinned figure each (body and garment, two draw calls),
 * geometry shared by gender and materials by costume across the cast. Each figure hides itself
 * while the frame does not put it on stage.
 */
export function Dancers({ cast, shadows = true }: DancersProps) {
  const costumes = useMemo(() => costumesFor(cast), [cast]);
  return (
    <group name="dancers">
      {cast.map((member, i) => (
        <Dancer
          key={member.id}
          id={member.id}
          gender={member.gender}
          role={member.role}
          costume={costumes[i]!}
          shadows={shadows}
        />
      ))}
    </group>
  );
}
