import ReactThreeTestRenderer from '@react-three/test-renderer';
import { afterEach, describe, expect, it } from 'vitest';
import { Color, Matrix4, Vector3 } from 'three';
import type { BufferGeometry, InstancedMesh, Material, Mesh, Object3D } from 'three';
import type { CastMember } from '../../src/core/cuesheet/schema';
import { getDancerGeometry } from '../../src/stage/dancerGeometry';
import { DancerPoser } from '../../src/stage/DancerPoser';
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
async function mount(cast: CastMember[], onStage = cast): Promise<Object3D> {
  const frame = createPreviewFrame({ lights: 'wash', onStage });
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

/** The scale of each instance of a mesh (the length of its matrix's x column). */
function instanceScales(mesh: InstancedMesh): number[] {
  const m = new Matrix4();
  const x = new Vector3();
  return Array.from({ length: mesh.count }, (_, i) => {
    mesh.getMatrixAt(i, m);
    return x.setFromMatrixColumn(m, 0).length();
  });
}

describe('Dancers: one pair of instanced meshes for the whole cast', () => {
  const limbsPer = new DancerPoser('female').limbs.length;
  const jointsPer = new DancerPoser('female').jointCount;

  it("draws every member's limbs and joints in two shared meshes, one run each", async () => {
    const cast = [ODETTE, SIEGFRIED, ODILE, BENNO, MADAME, WOLFGANG];
    const root = await mount(cast);
    const limbs = root.getObjectByName('company-limbs') as InstancedMesh;
    const joints = root.getObjectByName('company-joints') as InstancedMesh;
    const expected = cast.map((m) => new DancerPoser(m.gender));
    expect(limbs.count).toBe(expected.reduce((n, p) => n + p.limbs.length, 0));
    expect(joints.count).toBe(expected.reduce((n, p) => n + p.jointCount, 0));
    const instanced: InstancedMesh[] = [];
    root.getObjectByName('dancers')!.traverse((o) => {
      if ((o as InstancedMesh).isInstancedMesh) instanced.push(o as InstancedMesh);
    });
    expect(instanced).toHaveLength(2);
    // Everyone is posed: no instance left collapsed or at the identity.
    expect(instanceScales(limbs).every((s) => s > 0 && s < 0.5)).toBe(true);
  });

  it('collapses the limbs of a member the frame leaves off stage', async () => {
    const root = await mount([ODETTE, SIEGFRIED], [ODETTE]);
    const limbs = root.getObjectByName('company-limbs') as InstancedMesh;
    const joints = root.getObjectByName('company-joints') as InstancedMesh;
    const limbScales = instanceScales(limbs);
    const jointScales = instanceScales(joints);
    expect(limbScales.slice(0, limbsPer).every((s) => s > 0)).toBe(true);
    expect(limbScales.slice(limbsPer).every((s) => s === 0)).toBe(true);
    expect(jointScales.slice(0, jointsPer).some((s) => s > 0)).toBe(true);
    expect(jointScales.slice(jointsPer).every((s) => s === 0)).toBe(true);
  });

  it("colors each member's run in its own costume", async () => {
    const root = await mount([ODETTE, SIEGFRIED]);
    const limbs = root.getObjectByName('company-limbs') as InstancedMesh;
    const colorsOf = (from: number, to: number) => {
      const c = new Color();
      const hexes = new Set<string>();
      for (let i = from; i < to; i++) {
        limbs.getColorAt(i, c);
        hexes.add(c.getHexString());
      }
      return hexes;
    };
    const hers = colorsOf(0, limbsPer);
    const his = colorsOf(limbsPer, limbs.count);
    // Her pink tights, his deep blue sleeves and white tights.
    expect(hers.has('e8b9a8')).toBe(true);
    expect(his.has('1f2f5a')).toBe(true);
    expect(his.has('ece7de')).toBe(true);
    expect(hers.has('1f2f5a')).toBe(false);
  });
});
