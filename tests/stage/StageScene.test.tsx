import ReactThreeTestRenderer from '@react-three/test-renderer';
import { afterEach, describe, expect, it } from 'vitest';
import { Box3, MeshStandardMaterial, PerspectiveCamera } from 'three';
import type { InstancedMesh, Light, Material, Mesh, Object3D, SpotLight } from 'three';
import type { CastMember } from '../../src/core/cuesheet/schema';
import type { StageFrame } from '../../src/core/timeline/types';
import { createPreviewFrame } from './previewFrame';
import { StageScene } from '../../src/stage/StageScene';

// Tell React the test renderer drives act() (silences its environment warning).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const CAST: CastMember[] = [
  { id: 'valentina', name: 'Valentina', gender: 'female', role: 'lead' },
  { id: 'partner', name: 'her partner', gender: 'male', role: 'partner' },
];

type Renderer = Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>;
let renderer: Renderer | null = null;

afterEach(async () => {
  await renderer?.unmount();
  renderer = null;
});

async function mount(frame: { current: StageFrame }): Promise<Object3D> {
  renderer = await ReactThreeTestRenderer.create(
    <StageScene getFrame={() => frame.current} cast={CAST} />,
  );
  await renderer.advanceFrames(2, 1 / 60);
  return renderer.scene.instance as Object3D;
}

function collect<T extends Object3D>(root: Object3D, test: (o: Object3D) => boolean): T[] {
  const found: T[] = [];
  root.traverse((o) => {
    if (test(o)) found.push(o as T);
  });
  return found;
}

/** drei's reflector material samples the reflection render target through `tDiffuse`. */
function isReflector(material: Material): boolean {
  const texture = (material as { tDiffuse?: { isTexture?: boolean } }).tDiffuse;
  return texture?.isTexture === true;
}

function curtainXs(root: Object3D): number[] {
  const velvet = root.getObjectByName('curtain-left')?.getObjectByName('curtain-velvet') as Mesh;
  return Array.from(velvet.geometry.getAttribute('position').array as Float32Array).filter(
    (_, i) => i % 3 === 0,
  );
}

describe('StageScene scene graph', () => {
  it('has exactly two shadow-casting follow-spots and no other shadow casters among lights', async () => {
    const root = await mount({ current: createPreviewFrame({ lights: 'spot' }) });
    const spots = collect<SpotLight>(root, (o) => (o as SpotLight).isSpotLight === true);
    const shadowSpots = spots.filter((s) => s.castShadow);
    expect(shadowSpots).toHaveLength(2);
    expect(shadowSpots.map((s) => s.name).sort()).toEqual(['follow-1-light', 'follow-2-light']);
    const casters = collect<Light>(root, (o) => (o as Light).isLight === true && o.castShadow);
    expect(casters.length).toBeLessThanOrEqual(2);
    // Each follow-spot aims at an object that lives in the scene graph.
    for (const spot of shadowSpots) {
      let inScene = false;
      spot.target.traverseAncestors((a) => (inScene ||= a === root));
      expect(inScene).toBe(true);
    }
  });

  it('aims the follow-spots from the frame and lights the spot state', async () => {
    const frame = createPreviewFrame({ lights: 'spot' });
    const root = await mount({ current: frame });
    const spot = root.getObjectByName('follow-1-light') as SpotLight;
    const lightFrame = frame.lights.find((l) => l.id === 'follow-1')!;
    expect(spot.position.toArray()).toEqual(lightFrame.position);
    expect(spot.target.position.toArray()).toEqual(lightFrame.target);
    expect(spot.intensity).toBeGreaterThan(0);
  });

  it('draws both dancers of the cast', async () => {
    const root = await mount({ current: createPreviewFrame({ lights: 'wash' }) });
    const dancers = collect(root, (o) => o.name.startsWith('dancer-'));
    expect(dancers.map((d) => d.name).sort()).toEqual(['dancer-partner', 'dancer-valentina']);
    for (const d of dancers) expect(d.visible).toBe(true);
  });

  it('hides a dancer the frame does not put on stage', async () => {
    const frame = createPreviewFrame({ lights: 'wash' });
    frame.dancers = frame.dancers.filter((d) => d.id !== 'partner');
    const root = await mount({ current: frame });
    expect(root.getObjectByName('dancer-partner')?.visible).toBe(false);
    expect(root.getObjectByName('dancer-valentina')?.visible).toBe(true);
  });

  it('seats an instanced audience of at least 200', async () => {
    const root = await mount({ current: createPreviewFrame({}) });
    const people = root.getObjectByName('audience-people') as InstancedMesh;
    expect(people.isInstancedMesh).toBe(true);
    expect(people.count).toBeGreaterThanOrEqual(200);
  });

  it('raises the audience on an ovation', async () => {
    const frame = { current: createPreviewFrame({ audience: 'seated' }) };
    const root = await mount(frame);
    const people = root.getObjectByName('audience-people') as InstancedMesh;
    const seatedY = people.instanceMatrix.array[13]!;
    frame.current = createPreviewFrame({ audience: 'ovation', excitement: 1 });
    await renderer!.advanceFrames(120, 1 / 30);
    // Element 13 is the y translation of the first instance's matrix.
    expect(people.instanceMatrix.array[13]!).toBeGreaterThan(seatedY + 0.2);
  });

  it('shows the seats only in an empty house, and the people again when they come in', async () => {
    const frame = { current: createPreviewFrame({ audience: 'seated' }) };
    const root = await mount(frame);
    const people = root.getObjectByName('audience-people')!;
    const seats = root.getObjectByName('audience-seats')!;
    expect(people.visible).toBe(true);
    frame.current = createPreviewFrame({ audience: 'empty', excitement: 0 });
    await renderer!.advanceFrames(1, 1 / 60);
    expect(people.visible).toBe(false);
    expect(seats.visible).toBe(true);
    frame.current = createPreviewFrame({ audience: 'seated' });
    await renderer!.advanceFrames(1, 1 / 60);
    expect(people.visible).toBe(true);
  });

  it('draws the audience from the frame alone: the same frame gives the same house', async () => {
    const ovation = { ...createPreviewFrame({ audience: 'ovation', excitement: 1 }), tSec: 5 };
    const frame = { current: ovation };
    const root = await mount(frame);
    const people = root.getObjectByName('audience-people') as InstancedMesh;
    await renderer!.advanceFrames(3, 1 / 30);
    const first = Array.from(people.instanceMatrix.array.slice(0, 64));
    frame.current = { ...createPreviewFrame({ audience: 'hushed', excitement: 0.15 }), tSec: 9 };
    await renderer!.advanceFrames(20, 1 / 30);
    frame.current = ovation;
    await renderer!.advanceFrames(1, 1 / 30);
    expect(Array.from(people.instanceMatrix.array.slice(0, 64))).toEqual(first);
  });

  it('has a curtain that parts when frame.curtain goes from 0 to 1', async () => {
    const frame = { current: createPreviewFrame({ curtain: 0 }) };
    const root = await mount(frame);
    expect(root.getObjectByName('curtain')).toBeDefined();
    const closed = curtainXs(root);
    frame.current = createPreviewFrame({ curtain: 1 });
    await renderer!.advanceFrames(2, 1 / 60);
    const open = curtainXs(root);
    // House left half: closed it reaches the center line, open it is gathered at the pilaster.
    expect(Math.max(...closed)).toBeGreaterThan(-0.5);
    expect(Math.max(...open)).toBeLessThan(-5.5);
  });
});

describe('StageScene quality', () => {
  it('casts no shadows at low quality', async () => {
    const frame = createPreviewFrame({ lights: 'spot' });
    renderer = await ReactThreeTestRenderer.create(
      <StageScene getFrame={() => frame} cast={CAST} quality="low" />,
    );
    await renderer.advanceFrames(1, 1 / 60);
    const root = renderer.scene.instance as Object3D;
    expect(collect(root, (o) => (o as Light).isLight === true && o.castShadow)).toHaveLength(0);
    expect(
      collect(root, (o) => (o as SpotLight).isSpotLight === true).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('gives the stage floor a reflector only at high quality, where it stays the same floor', async () => {
    const frame = createPreviewFrame({ lights: 'spot' });
    const floorAt = async (quality: 'medium' | 'high') => {
      const camera = new PerspectiveCamera();
      renderer = await ReactThreeTestRenderer.create(
        <StageScene getFrame={() => frame} cast={CAST} quality={quality} />,
        { camera },
      );
      // No frames: the reflection pass needs real framebuffers, which the test context lacks.
      const root = renderer.scene.instance as Object3D;
      const floor = root.getObjectByName('stage-floor') as Mesh;
      root.updateMatrixWorld(true);
      const box = new Box3().setFromObject(floor);
      const material = floor.material as Material;
      const audience = root.getObjectByName('audience-people')!;
      // The show camera must see the audience whichever layer it is on.
      const audienceSeen = audience.layers.test(camera.layers);
      const audienceReflected = audience.layers.isEnabled(0);
      await renderer.unmount();
      renderer = null;
      return { material, box, audienceSeen, audienceReflected };
    };
    const medium = await floorAt('medium');
    const high = await floorAt('high');
    expect(medium.material).toBeInstanceOf(MeshStandardMaterial);
    expect(isReflector(medium.material)).toBe(false);
    expect(high.material).toBeInstanceOf(MeshStandardMaterial);
    expect(isReflector(high.material)).toBe(true);
    // The reflective floor keeps the plank texture and covers exactly the plain floor's area.
    expect((high.material as MeshStandardMaterial).map).toBe(
      (medium.material as MeshStandardMaterial).map,
    );
    // The reflection pass (layer 0 only) skips the audience; the show camera still draws it.
    expect(medium.audienceReflected).toBe(true);
    expect(high.audienceReflected).toBe(false);
    expect(medium.audienceSeen).toBe(true);
    expect(high.audienceSeen).toBe(true);
    for (const key of ['min', 'max'] as const)
      for (const axis of ['x', 'y', 'z'] as const)
        expect(high.box[key][axis]).toBeCloseTo(medium.box[key][axis], 5);
  });
});
