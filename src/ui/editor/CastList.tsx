import type { CastMember, CastOverride } from '../../core';
import {
  allowedRoles,
  correctCast,
  correctedMember,
  uncorrectCast,
  type CastCorrection,
} from './castCorrections';
import { CastMemberRow } from './CastMemberRow';

/** Props of {@link CastList}. */
export interface CastListProps {
  /** The cast as the director read it (with the corrections it was given). */
  cast: readonly CastMember[];
  /** The user's corrections, by cast id (kept for people the current text no longer names too). */
  castOverrides: readonly CastOverride[];
  /** Called with the whole new list of corrections. */
  onChange: (castOverrides: CastOverride[]) => void;
}

/** The cast the director read, each member's name, gender and role correctable by the user. */
export function CastList({ cast, castOverrides, onChange }: CastListProps) {
  const shown = cast.map((member) => correctedMember(member, castOverrides));
  return (
    <section className="cast-list" aria-label="Cast">
      <h2 className="editor-heading">Cast</h2>
      <p className="editor-hint">
        As the director read the story. A correction restages the show and stays when you edit the
        text; a character never dances.
      </p>
      <ul>
        {shown.map((member) => (
          <CastMemberRow
            key={member.id}
            member={member}
            roles={allowedRoles(shown, member)}
            corrected={castOverrides.some((o) => o.id === member.id)}
            onCorrect={(change: CastCorrection) =>
              onChange(correctCast(castOverrides, member.id, change))
            }
            onUndo={() => onChange(uncorrectCast(castOverrides, member.id))}
          />
        ))}
      </ul>
    </section>
  );
}
