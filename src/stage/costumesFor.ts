import type { CastMember, Gender } from '../core';

/** Colors of one costume and the body wearing it (ART.md palette), as hex. */
export interface CostumePalette {
  skin: string;
  hair: string;
  /** Bodice, tunic, cardigan or jacket. */
  torso: string;
  /** Tights, stockings or trousers. */
  legs: string;
  shoes: string;
  /** Sleeves, or bare arms (skin). */
  arms: string;
  /** Whatever hangs from the waist: tutu, tunic skirt, long skirt or jacket hem. */
  skirt: string;
  /** What shows in the neckline of a cardigan or jacket: a blouse or a shirt. */
  inner: string;
  /** Lips: stage rouge on a ballerina, the lips' own color otherwise. */
  lips: string;
}

/**
 * The garment below the waist, which names the cut: a dancer's `tutu` or `tunic`, a character's
 * long `skirt` (with a cardigan) or `jacket` (over trousers).
 */
export type CostumeCut = 'tutu' | 'tunic' | 'skirt' | 'jacket';

/** What one cast member wears. */
export interface Costume {
  cut: CostumeCut;
  colors: CostumePalette;
}

const SKINS = ['#e6c3a8', '#d9b090'] as const;

/** A costume's colors before the body is chosen: no `arms` means bare arms (skin). */
type Garment = Omit<CostumePalette, 'skin' | 'arms' | 'inner' | 'lips'> & {
  arms?: string;
  inner?: string;
};

/** Lips by gender: a woman's rose (stage rouge on a ballerina), a man's own color. */
const LIPS: Readonly<Record<Gender, string>> = { female: '#b04a52', male: '#a8665c' };

/** The classic pair: a white/ivory tutu with pink tights; a deep blue tunic over white tights. */
const CLASSIC: Readonly<Record<Gender, Garment>> = {
  female: {
    hair: '#1a1212',
    torso: '#efe6da',
    legs: '#e8b9a8',
    shoes: '#f0c9c0',
    skirt: '#f4efe6',
  },
  male: {
    hair: '#241a14',
    torso: '#1f2f5a',
    legs: '#ece7de',
    shoes: '#1c1616',
    arms: '#1f2f5a',
    skirt: '#1f2f5a',
  },
};

/**
 * The same cuts in the palette's other colors, for the dancers after the first of each gender:
 * rose, steel, amber (ART.md). The tutu's tulle is the color lifted a third toward ivory.
 */
const ACCENTS = [
  { color: '#b04a5a', tulle: '#c47c84' },
  { color: '#6d8fb3', tulle: '#95acc2' },
  { color: '#c9792b', tulle: '#d69c63' },
] as const;

/** Street and studio clothes, two sets per gender so two characters read apart. */
const STREET: Readonly<Record<Gender, readonly Garment[]>> = {
  female: [
    // A long charcoal-plum skirt, a taupe cardigan, dark stockings, flat shoes; hair going grey.
    {
      hair: '#4a423e',
      torso: '#6a5848',
      legs: '#2b2420',
      shoes: '#1c1410',
      arms: '#6a5848',
      skirt: '#2a2230',
      inner: '#e4dccd',
    },
    {
      hair: '#3a2618',
      torso: '#4a5a52',
      legs: '#2e2622',
      shoes: '#231814',
      arms: '#4a5a52',
      skirt: '#1e2430',
      inner: '#d8cfc2',
    },
  ],
  male: [
    // Charcoal trousers and a brown tweed jacket, flat shoes: plain, but not a silhouette.
    {
      hair: '#3e3630',
      torso: '#6a5440',
      legs: '#3a3840',
      shoes: '#1a1410',
      arms: '#6a5440',
      skirt: '#6a5440',
      inner: '#d9d3c6',
    },
    {
      hair: '#1e1814',
      torso: '#4e5660',
      legs: '#3e3628',
      shoes: '#16120e',
      arms: '#4e5660',
      skirt: '#4e5660',
      inner: '#c9cfd4',
    },
  ],
};

/** The garment on a body of the given skin and gender (bare arms take the skin). */
function withSkin(colors: Garment, skin: string, gender: Gender): CostumePalette {
  return {
    ...colors,
    skin,
    arms: colors.arms ?? skin,
    inner: colors.inner ?? colors.torso,
    lips: LIPS[gender],
  };
}

/** A tutu or tunic in an accent color (bodice and tunic in it, tights and shoes unchanged). */
function accented(gender: Gender, accent: (typeof ACCENTS)[number]): Garment {
  const base = CLASSIC[gender];
  return gender === 'female'
    ? { ...base, torso: accent.color, skirt: accent.tulle }
    : { ...base, torso: accent.color, arms: accent.color, skirt: accent.color };
}

/**
 * Each cast member's costume, in cast order. By gender and role: a female dancer wears a tutu,
 * a male dancer a tunic over tights, a `character` street clothes (a long skirt and cardigan, or
 * trousers and a jacket). By place in the cast: the first dancer of each gender (a lead or partner
 * before a soloist) wears the classic colors, every further dancer the next accent color, so no
 * two dancers dress alike. Skin tones alternate along the cast.
 */
export function costumesFor(cast: readonly Pick<CastMember, 'gender' | 'role'>[]): Costume[] {
  const classicAt = new Map<Gender, number>();
  cast.forEach((member, i) => {
    if (member.role === 'character') return;
    const held = classicAt.get(member.gender);
    const soloist = (j: number) => cast[j]?.role === 'soloist';
    if (held === undefined || (soloist(held) && !soloist(i))) classicAt.set(member.gender, i);
  });
  let accents = 0;
  let characters = 0;
  return cast.map((member, i) => {
    const skin = SKINS[i % SKINS.length] as string;
    if (member.role === 'character') {
      const sets = STREET[member.gender];
      const colors = sets[characters++ % sets.length]!;
      return {
        cut: member.gender === 'female' ? 'skirt' : 'jacket',
        colors: withSkin(colors, skin, member.gender),
      };
    }
    const cut = member.gender === 'female' ? 'tutu' : 'tunic';
    if (classicAt.get(member.gender) === i) {
      return { cut, colors: withSkin(CLASSIC[member.gender], skin, member.gender) };
    }
    const accent = ACCENTS[accents++ % ACCENTS.length]!;
    return { cut, colors: withSkin(accented(member.gender, accent), skin, member.gender) };
  });
}
