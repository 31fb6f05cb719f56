import { describe, expect, it } from 'vitest';
import type { CastMember } from '../../../src/core/cuesheet/schema';
import { costumesFor } from '../../../src/stage/costumesFor';

type Member = Pick<CastMember, 'gender' | 'role'>;
const lead: Member = { gender: 'female', role: 'lead' };
const partner: Member = { gender: 'male', role: 'partner' };
const soloistF: Member = { gender: 'female', role: 'soloist' };
const soloistM: Member = { gender: 'male', role: 'soloist' };
const teacher: Member = { gender: 'female', role: 'character' };
const watcher: Member = { gender: 'male', role: 'character' };

const ROSE = '#b04a5a';
const STEEL = '#6d8fb3';
const AMBER = '#c9792b';

describe('costumesFor', () => {
  it('dresses the classic pair as ART.md says: an ivory tutu, a deep blue tunic over white tights', () => {
    const [her, him] = costumesFor([lead, partner]);
    expect(her?.cut).toBe('tutu');
    expect(her?.colors.skirt).toBe('#f4efe6');
    expect(her?.colors.legs).toBe('#e8b9a8');
    expect(him?.cut).toBe('tunic');
    expect(him?.colors.torso).toBe('#1f2f5a');
    expect(him?.colors.legs).toBe('#ece7de');
  });

  it('never puts a male cast member in a tutu, whatever his role or place', () => {
    const roles: Member['role'][] = ['lead', 'partner', 'soloist', 'character'];
    for (const role of roles) {
      for (let place = 0; place < 4; place++) {
        const cast: Member[] = [lead, soloistF, soloistF, soloistF];
        cast[place] = { gender: 'male', role };
        const costume = costumesFor(cast)[place];
        expect(costume?.cut).not.toBe('tutu');
        expect(costume?.cut).toBe(role === 'character' ? 'jacket' : 'tunic');
      }
    }
  });

  it('gives a third and fourth dancer the same cut in rose and steel', () => {
    const costumes = costumesFor([lead, partner, soloistF, soloistM]);
    expect(costumes.map((c) => c.cut)).toEqual(['tutu', 'tunic', 'tutu', 'tunic']);
    expect(costumes[2]?.colors.torso).toBe(ROSE);
    expect(costumes[3]?.colors.torso).toBe(STEEL);
    expect(new Set(costumes.map((c) => c.colors.torso)).size).toBe(4);
    expect(new Set(costumes.map((c) => c.colors.skirt)).size).toBe(4);
  });

  it('tells two women apart, and four: classic, rose, steel, amber', () => {
    expect(costumesFor([lead, soloistF])[1]?.colors.torso).toBe(ROSE);
    const four = costumesFor([lead, soloistF, soloistF, soloistF]);
    expect(four.map((c) => c.cut)).toEqual(['tutu', 'tutu', 'tutu', 'tutu']);
    expect(four.slice(1).map((c) => c.colors.torso)).toEqual([ROSE, STEEL, AMBER]);
    expect(new Set(four.map((c) => c.colors.skirt)).size).toBe(4);
  });

  it('keeps the classic colors for the lead even when a soloist is listed first', () => {
    const [soloist, her] = costumesFor([soloistF, lead]);
    expect(her?.colors.skirt).toBe('#f4efe6');
    expect(soloist?.colors.torso).toBe(ROSE);
  });

  it('dresses characters in street clothes: a long skirt or a jacket, none of the dancers colors', () => {
    const costumes = costumesFor([lead, partner, teacher, watcher]);
    expect(costumes[2]?.cut).toBe('skirt');
    expect(costumes[3]?.cut).toBe('jacket');
    const danced = new Set(costumes.slice(0, 2).flatMap((c) => [c.colors.torso, c.colors.skirt]));
    for (const c of costumes.slice(2)) {
      expect(danced.has(c.colors.torso)).toBe(false);
      expect(danced.has(c.colors.skirt)).toBe(false);
      // Covered arms (a cardigan or a jacket sleeve), and no pointe-shoe satin.
      expect(c.colors.arms).not.toBe(c.colors.skin);
      expect(c.colors.shoes).not.toBe('#f0c9c0');
    }
    // Characters take no accent color away from the dancers.
    expect(costumesFor([teacher, lead, soloistF])[2]?.colors.torso).toBe(ROSE);
  });

  it('dresses two characters of one gender apart', () => {
    const [a, b] = costumesFor([teacher, teacher]);
    expect(a?.colors.torso).not.toBe(b?.colors.torso);
  });

  it('varies skin tones along the cast', () => {
    const skins = costumesFor([lead, partner, soloistF, soloistM]).map((c) => c.colors.skin);
    expect(skins).toEqual(['#e6c3a8', '#d9b090', '#e6c3a8', '#d9b090']);
  });
});
