import type { CastMember } from '../core';
import { Dancer } from './Dancer';

/** Props of the company. */
export interface DancersProps {
  /** One dancer per cast member, keyed by id. */
  cast: CastMember[];
  shadows?: boolean;
}

/** Every dancer of the cast; each hides itself while the frame does not put it on stage. */
export function Dancers({ cast, shadows = true }: DancersProps) {
  return (
    <group name="dancers">
      {cast.map((member) => (
        <Dancer key={member.id} id={member.id} role={member.role} shadows={shadows} />
      ))}
    </group>
  );
}
