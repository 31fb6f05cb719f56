import { useState, type KeyboardEvent } from 'react';
import { GENDERS, type CastMember, type Gender, type Role } from '../../core';
import type { CastCorrection } from './castCorrections';

/** Props of {@link CastMemberRow}. */
export interface CastMemberRowProps {
  /** The member as the user last asked (the director's reading with any correction on top). */
  member: CastMember;
  /** The roles the member may take without breaking the cast. */
  roles: readonly Role[];
  /** The member has a correction the user can undo. */
  corrected: boolean;
  onCorrect: (change: CastCorrection) => void;
  onUndo: () => void;
}

/** One cast member: name, gender and role, each correctable; a changed name counts once typing ends. */
export function CastMemberRow({ member, roles, corrected, onCorrect, onUndo }: CastMemberRowProps) {
  // What is typed in the name box, for the name it was typed over: a new name from the show
  // (a correction landing, a new reading) replaces it.
  const [draft, setDraft] = useState<{ over: string; value: string } | null>(null);
  const typed = draft?.over === member.name ? draft.value : member.name;
  const commitName = () => {
    const name = typed.trim();
    if (name !== '' && name !== member.name) onCorrect({ name });
    else setDraft(null);
  };
  const onNameKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commitName();
  };
  return (
    <li className={corrected ? 'cast-member cast-corrected' : 'cast-member'}>
      <input
        aria-label={`Name of ${member.name}`}
        className="editor-input cast-name"
        value={typed}
        maxLength={200}
        spellCheck={false}
        onChange={(event) => setDraft({ over: member.name, value: event.target.value })}
        onBlur={commitName}
        onKeyDown={onNameKey}
      />
      <select
        aria-label={`Gender of ${member.name}`}
        className="editor-select"
        value={member.gender}
        onChange={(event) => onCorrect({ gender: event.target.value as Gender })}
      >
        {GENDERS.map((gender) => (
          <option key={gender} value={gender}>
            {gender}
          </option>
        ))}
      </select>
      <select
        aria-label={`Role of ${member.name}`}
        className="editor-select"
        value={member.role}
        onChange={(event) => onCorrect({ role: event.target.value as Role })}
      >
        {roles.map((role) => (
          <option key={role} value={role}>
            {role}
          </option>
        ))}
      </select>
      {corrected && (
        <button
          type="button"
          className="editor-button cast-undo"
          aria-label={`Undo the correction of ${member.name}`}
          title="Use the director's reading"
          onClick={onUndo}
        >
          ↺
        </button>
      )}
    </li>
  );
}
