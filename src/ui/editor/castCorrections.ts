import {
  dances,
  MAX_CHARACTERS,
  MAX_DANCERS,
  ROLES,
  type CastMember,
  type CastOverride,
  type Role,
} from '../../core';

/** What the user can correct about one cast member. */
export type CastCorrection = Partial<Pick<CastMember, 'name' | 'gender' | 'role'>>;

/** The corrections with one member's change merged into its entry (added at the end when it has none). */
export function correctCast(
  overrides: readonly CastOverride[],
  id: string,
  change: CastCorrection,
): CastOverride[] {
  const index = overrides.findIndex((o) => o.id === id);
  if (index < 0) return [...overrides, { id, ...change }];
  return overrides.map((o, i) => (i === index ? { ...o, ...change, id } : o));
}

/** The corrections without any for `id`: the director's reading of that member comes back. */
export function uncorrectCast(overrides: readonly CastOverride[], id: string): CastOverride[] {
  return overrides.filter((o) => o.id !== id);
}

/** A member as the user last asked: the director's reading with the member's correction on top. */
export function correctedMember(
  member: CastMember,
  overrides: readonly CastOverride[],
): CastMember {
  const correction = overrides.find((o) => o.id === member.id);
  return correction ? { ...member, ...correction, id: member.id } : member;
}

/**
 * The roles `member` may take while the cast stays a show (one to four dancers, at most two
 * characters): the last dancer can't become a character, nor a fifth dancer join.
 */
export function allowedRoles(cast: readonly CastMember[], member: CastMember): Role[] {
  const dancers = cast.filter((m) => dances(m.role)).length;
  const characters = cast.length - dancers;
  return ROLES.filter((role) => {
    if (role === member.role) return true;
    if (dances(member.role)) return dances(role) || (dancers > 1 && characters < MAX_CHARACTERS);
    return !dances(role) || dancers < MAX_DANCERS;
  });
}
