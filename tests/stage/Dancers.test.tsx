import ReactThreeTestRenderer from '@react-three/test-renderer';
import { afterEach, describe, expect, it } from 'vitest';
import {
  Vector3,
  type Light,
  type Material,
  type Mesh,
  type Object3D,
  type SkinnedMesh,
} from 'three';
import { JOINTS, pointIndex, POINTS, poseDancer } from '../../src/core/choreography';
import type { CastMember } from '../../src/core/cuesheet/schema';
import type { StageFrame } from '../../src/core/timeline/types';
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
const EVERYONE = [...COMPANY, MADAME, WOLFGANG];

type Renderer = Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>;
let renderer: Renderer | null = null;

afterEach(async () => {
  await renderer?.unmount();
  renderer = null;
});

/** Mounts the stage with `cast`, the `onStage` members in the frame, and returns the scene root. */
async function mount(
  cast: CastMember[],
  onStage = cast,
  edit?: (f: StageFrame) => void,
  shot: Parameters<typeof createPreviewFrame>[0]['shot'] = 'full',
) {
  const frame = createPreviewFrame({ lights: 'wash', onStage, shot });
  edit?.(frame);
  renderer = await ReactThreeTestRenderer.create(<StageScene getFrame={() => frame} cast={cast} />);
  await renderer.advanceFrames(2, 1 / 60);
  return { root: renderer.scene.instance as Object3D, frame };
}

function figureOf(root: Object3D, id: string): Object3D {
  const figure = root.getObjectByName(`dancer-${id}`);
  expect(figure, `dancer-${id}`).toBeDefined();
  return figure!;
}

/** The meshes a figure has (`visible`: only those it draws, each a draw call). */
function meshesOf(root: Object3D, id: string, visible = false): Mesh[] {
  const meshes: Mesh[] = [];
  const collect = (o: Object3D) => {
    if ((o as Mesh).isMesh) meshes.push(o as Mesh);
  };
  if (visible) figureOf(root, id).traverseVisible(collect);
  else figureOf(root, id).traverse(collect);
  return meshes;
}

const bodyOf = (root: Object3D, id: string) =>
  figureOf(root, id).getObjectByName('body') as SkinnedMesh;

function garmentOf(root: Object3D, id: string): SkinnedMesh {
  const garments = meshesOf(root, id).filter((m) => m.name.startsWith('costume-'));
  expect(garments, id).toHaveLength(1);
  return garments[0] as SkinnedMesh;
}

describe('Dancers: one continuous skinned body per cast member', () => {
  it.each([1, 2, 3, 4])('draws a cast of %i dancers, plus characters, one body each', async (n) => {
    const cast = [...COMPANY.slice(0, n), MADAME, WOLFGANG];
    const { root } = await mount(cast);
    const figures: Object3D[] = [];
    root.traverse((o) => {
      if (o.name.startsWith('dancer-')) figures.push(o);
    });
    expect(figures.map((f) => f.name).sort()).toEqual(cast.map((m) => `dancer-${m.id}`).sort());
    for (const member of cast) {
      expect(figureOf(root, member.id).visible).toBe(true);
      // One body and a garment drawn: two draw calls a figure, skinned both, nothing segmented
      // (the full body or, seen small, its lighter twin on the same bones).
      const drawn = meshesOf(root, member.id, true);
      expect(drawn).toHaveLength(2);
      expect(drawn.every((m) => (m as SkinnedMesh).isSkinnedMesh)).toBe(true);
      expect(drawn.map((m) => m.name)).toContain(garmentOf(root, member.id).name);
      const bodies = drawn.filter((m) => m.name === 'body' || m.name === 'body-far');
      expect(bodies).toHaveLength(1);
      const far = figureOf(root, member.id).getObjectByName('body-far') as SkinnedMesh;
      expect(far.skeleton).toBe(bodyOf(root, member.id).skeleton);
    }
  });

  it('binds body and garment to one skeleton of the rig’s 22 joints, its own per figure', async () => {
    const { root } = await mount(EVERYONE);
    const skeletons = new Set();
    for (const member of EVERYONE) {
      const body = bodyOf(root, member.id);
      expect(body.skeleton.bones).toHaveLength(JOINTS.length);
      expect(body.skeleton.bones.map((b) => b.name)).toEqual([...JOINTS]);
      expect(garmentOf(root, member.id).skeleton).toBe(body.skeleton);
      skeletons.add(body.skeleton);
    }
    expect(skeletons.size).toBe(EVERYONE.length);
  });

  it('shares the body geometry by gender and the materials across the cast', async () => {
    const { root } = await mount(EVERYONE);
    for (const member of EVERYONE) {
      expect(bodyOf(root, member.id).geometry).toBe(getDancerGeometry(member.gender).body);
    }
    expect(bodyOf(root, 'odette').geometry).toBe(bodyOf(root, 'madame').geometry);
    expect(bodyOf(root, 'odette').geometry).not.toBe(bodyOf(root, 'siegfried').geometry);
    // Few kinds of material (each kind is one shader program, skinned): the body's and tulle.
    const kinds = new Set<string>();
    const materials = new Set<Material>();
    for (const member of EVERYONE) {
      for (const mesh of meshesOf(root, member.id)) {
        const material = mesh.material as Material;
        materials.add(material);
        kinds.add(`${material.type}/${material.customProgramCacheKey()}/${material.transparent}`);
      }
    }
    expect(kinds.size).toBeLessThanOrEqual(2);
    // One body material per costume look: six figures, at most six of them, plus two tulles.
    expect(materials.size).toBeLessThanOrEqual(8);
  });

  it('keeps a cast of four dancers and two characters within 80 draw calls for the whole stage', async () => {
    const { root } = await mount(EVERYONE);
    // Each shadow-casting light draws every shadow caster once more.
    let casters = 0;
    root.traverse((o) => {
      if ((o as Light).isLight && o.castShadow) casters++;
    });
    expect(casters).toBeGreaterThan(0);
    let calls = 0;
    let dancerCalls = 0;
    root.traverseVisible((o) => {
      const mesh = o as Mesh;
      if (!mesh.isMesh) return;
      const material = mesh.material as Material;
      // A transparent double-sided material not forced to one pass is drawn twice.
      const passes =
        material.transparent && material.side === 2 && !material.forceSinglePass ? 2 : 1;
      const n = passes + (mesh.castShadow ? casters : 0);
      calls += n;
      let inDancers = false;
      mesh.traverseAncestors((a) => (inDancers ||= a.name === 'dancers'));
      if (inDancers) dancerCalls += n;
    });
    // Body and garment, each drawn once and into both shadow maps.
    expect(dancerCalls).toBe(EVERYONE.length * 2 * 3);
    expect(calls).toBeLessThanOrEqual(80);
  });

  it('poses the bones through poseDancer: every joint where the frame’s pose puts it', async () => {
    const { root, frame } = await mount([ODETTE, SIEGFRIED], [ODETTE, SIEGFRIED], (f) => {
      Object.assign(f.dancers[0]!, { poseA: 'arabesque-r', poseB: 'arabesque-r', weight: 0 });
    });
    const her = frame.dancers[0]!;
    const points = poseDancer(
      getDancerGeometry('female').rig,
      her,
      POINTS.map(() => new Vector3()),
    );
    // The renderer updates world matrices before it draws; so does the test.
    root.updateMatrixWorld(true);
    const bones = bodyOf(root, 'odette').skeleton.bones;
    for (const joint of ['pelvis', 'toesR', 'wristL', 'head'] as const) {
      const bone = bones[JOINTS.indexOf(joint)]!;
      const at = new Vector3().setFromMatrixPosition(bone.matrixWorld);
      expect(at.distanceTo(points[pointIndex(joint)]!), joint).toBeLessThan(1e-5);
    }
  });

  it('draws the lighter body when a figure is seen small, the full one when seen large', async () => {
    const far = await mount([ODETTE, SIEGFRIED], undefined, undefined, 'establishing');
    const drawn = (root: Object3D) => meshesOf(root, 'odette', true).map((m) => m.name);
    expect(drawn(far.root)).toContain('body-far');
    expect(drawn(far.root)).not.toContain('body');
    const farBody = far.root.getObjectByName('dancer-odette')!.getObjectByName('body-far') as Mesh;
    expect(farBody.geometry).toBe(getDancerGeometry('female').bodyFar);
    const farCount = farBody.geometry.getAttribute('position').count;
    expect(farCount).toBeLessThan(
      0.6 * getDancerGeometry('female').body.getAttribute('position').count,
    );
    await renderer?.unmount();
    const near = await mount([ODETTE, SIEGFRIED], undefined, undefined, 'medium');
    expect(drawn(near.root)).toContain('body');
    expect(drawn(near.root)).not.toContain('body-far');
  });

  it('hides a member the frame leaves off stage', async () => {
    const { root } = await mount([ODETTE, SIEGFRIED], [ODETTE]);
    expect(figureOf(root, 'siegfried').visible).toBe(false);
    expect(figureOf(root, 'odette').visible).toBe(true);
  });
});

/** A body material's costume color (uColors: skin, hair, torso, legs, shoes, arms, skirt, ...). */
function bodyColor(root: Object3D, id: string, slot: number): string {
  const material = bodyOf(root, id).material as Material;
  const uniforms = material.userData.bodyUniforms as {
    uColors: { value: { getHexString(): string }[] };
  };
  return uniforms.uColors.value[slot]!.getHexString();
}

describe('Dancers: the costume of each gender and role', () => {
  it('dresses a female dancer in a tutu of tulle, with pink tights and ribboned shoes', async () => {
    const { root } = await mount([ODETTE, SIEGFRIED]);
    const tutu = garmentOf(root, 'odette');
    expect(tutu.name).toBe('costume-tutu');
    const tulle = tutu.material as Material & { vertexColors: boolean };
    expect(tulle.transparent).toBe(true);
    expect((tulle as Material & { forceSinglePass: boolean }).forceSinglePass).toBe(true);
    expect(tulle.vertexColors).toBe(true);
    expect(tutu.geometry.getAttribute('color').itemSize).toBe(4);
    expect(bodyColor(root, 'odette', 3)).toBe('e8b9a8');
    const look = (bodyOf(root, 'odette').material as Material).userData.bodyUniforms;
    expect(look.uBody.value[2]).toBe(1);
  });

  it('dresses a male dancer in a tunic over white tights, never a tutu, in any place of the cast', async () => {
    const { root } = await mount([BENNO, ODILE, SIEGFRIED]);
    for (const id of ['benno', 'siegfried']) {
      expect(garmentOf(root, id).name).toBe('costume-tunic');
      expect(bodyColor(root, id, 3)).toBe('ece7de');
      const look = (bodyOf(root, id).material as Material).userData.bodyUniforms;
      expect(look.uBody.value[2]).toBe(0);
    }
    expect(bodyColor(root, 'siegfried', 2)).toBe('1f2f5a');
  });

  it('dresses characters in plain clothes: a long skirt or a jacket, no ribbons', async () => {
    const { root } = await mount(EVERYONE);
    expect(garmentOf(root, 'madame').name).toBe('costume-skirt');
    expect(garmentOf(root, 'wolfgang').name).toBe('costume-jacket');
    for (const id of ['madame', 'wolfgang']) {
      const look = (bodyOf(root, id).material as Material).userData.bodyUniforms;
      expect(look.uBody.value[2]).toBe(0);
      expect(garmentOf(root, id).material).toBe(bodyOf(root, id).material);
    }
  });

  it('gives the third and fourth dancers their own colors', async () => {
    const { root } = await mount(COMPANY);
    expect(new Set(COMPANY.map((m) => bodyColor(root, m.id, 2))).size).toBe(4);
    const tulles = new Set([garmentOf(root, 'odette').material, garmentOf(root, 'odile').material]);
    expect(tulles.size).toBe(2);
  });
});
