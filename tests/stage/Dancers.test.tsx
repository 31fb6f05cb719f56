import ReactThreeTestRenderer from '@react-three/test-renderer';
import { afterEach, describe, expect, it } from 'vitest';
import type { BufferGeometry, Material, Mesh, Object3D } from 'three';
import type { CastMember } from '../../src/core/cuesheet/schema';
import { getDancerGeometry } from '../../src/stage/dancerGeometry';
import { StageScene } from '../../src/stage/StageScene';
import { createPreviewFrame } from './previewFrame';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ODETTE: CastMember = { id: 'odette', name: 'Odette', gender: 'female', role: 'lead' };
const SIEGFRIED: CastMember = {
  id: 'siegfried',
  name: 'Siegfried',
  gender: 'male',
  role: 'partner',
};
const ODILE: CastMember = { id: 'odile', name: 'Odile', gender: 'female', role: 'soloist' };
const BENNO: CastMember = { id: 'benno', name: 'Benno', gender: 'male', role: 'soloist' };
const MADAME: CastMember = { id: 'madame', name: 'Madame', gender: 'female', role: 'character' };
const WOLFGANG: CastMember = {
  id: 'wolfgang',
  name: 'Wolfgang',
  gender: 'male',
  role: 'character',
};
const COMPANY = [ODETTE, SIEGFRIED, ODILE, BENNO];

type Renderer = Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>;
let renderer: Renderer | null = null;

afterEach(async () => {
  await renderer?.unmount();
  renderer = null;
});

/** Mounts the stage with `cast`, everyone on stage, and returns the scene root. */
async function mount(cast: CastMember[]): Promise<Object3D> {
  const frame = createPreviewFrame({ lights: 'wash', onStage: cast });
  renderer = await ReactThreeTestRenderer.create(<StageScene getFrame={() => frame} cast={cast} />);
  await renderer.advanceFrames(2, 1 / 60);
  return renderer.scene.instance as Object3D;
}

/** The meshes of one cast member's figure. */
function meshesOf(root: Object3D, id: string): Mesh[] {
  const group = root.getObjectByName(`dancer-${id}`);
  expect(group, `dancer-${id}`).toBeDefined();
  const meshes: Mesh[] = [];
  group!.traverse((o) => {
    if ((o as Mesh).isMesh) meshes.push(o as Mesh);
  });
  return meshes;
}

function wears(root: Object3D, id: string, geometry: BufferGeometry): boolean {
  return meshesOf(root, id).some((m) => m.geometry === geometry);
}

const { skirts } = getDancerGeometry();

describe('Dancers: the cast on stage', () => {
  it.each([1, 2, 3, 4])('draws one visible figure per dancer in a cast of %i', async (n) => {
    const cast = COMPANY.slice(0, n);
    const root = await mount(cast);
    const figures: Object3D[] = [];
    root.traverse((o) => {
      if (o.name.startsWith('dancer-')) figures.push(o);
    });
    expect(figures.map((f) => f.name).sort()).toEqual(cast.map((m) => `dancer-${m.id}`).sort());
    for (const f of figures) expect(f.visible).toBe(true);
    // Each figure wears exactly one garment below the waist.
    for (const m of cast) {
      const garments = meshesOf(root, m.id).filter((mesh) =>
        Object.values(skirts).includes(mesh.geometry),
      );
      expect(garments).toHaveLength(1);
    }
  });

  it('dresses a female dancer in a tutu', async () => {
    const root = await mount([ODETTE, SIEGFRIED]);
    expect(wears(root, 'odette', skirts.tutu)).toBe(true);
    expect(wears(root, 'odette', skirts.tunic)).toBe(false);
  });

  it('dresses a male dancer in a tunic, never a tutu, in any place of the cast', async () => {
    const root = await mount([BENNO, ODILE, SIEGFRIED]);
    for (const id of ['benno', 'siegfried']) {
      expect(wears(root, id, skirts.tutu)).toBe(false);
      expect(wears(root, id, skirts.tunic)).toBe(true);
    }
  });

  it('gives the third and fourth dancers their own colors', async () => {
    const root = await mount(COMPANY);
    const skirtColor = (id: string) => {
      const mesh = meshesOf(root, id).find((m) => Object.values(skirts).includes(m.geometry))!;
      return (
        mesh.material as Material & { color: { getHexString(): string } }
      ).color.getHexString();
    };
    expect(new Set(COMPANY.map((m) => skirtColor(m.id))).size).toBe(4);
  });

  it('dresses a character in plain clothes: neither tutu nor tunic skirt', async () => {
    const root = await mount([ODETTE, SIEGFRIED, MADAME, WOLFGANG]);
    for (const id of ['madame', 'wolfgang']) {
      expect(wears(root, id, skirts.tutu)).toBe(false);
      expect(wears(root, id, skirts.tunic)).toBe(false);
    }
    expect(wears(root, 'madame', skirts.skirt)).toBe(true);
    expect(wears(root, 'wolfgang', skirts.jacket)).toBe(true);
    expect(root.getObjectByName('dancer-madame')?.visible).toBe(true);
  });
});
