import { Group, PerspectiveCamera, SkinnedMesh, Vector3, type Camera, type Material } from 'three';
import type { DancerPlacement, Gender } from '../../core';
import type { Costume } from '../costumesFor';
import { getDancerGeometry } from '../dancerGeometry';
import type { DancerPoser } from '../DancerPoser';
import { lookFor } from '../dancerLook';
import { createBodyMaterial, createTulleMaterial } from './bodyMaterial';
import { createDancerSkeleton, type DancerSkeleton } from './dancerSkeleton';

/** One cast member's figure: a group holding the bones, the skinned body and the garment. */
export interface Figure {
  group: Group;
  /** The full body, drawn when the figure is seen large (full, medium and close shots). */
  body: SkinnedMesh;
  /** The lighter body, drawn instead when it is seen small; one of the two is visible. */
  bodyFar: SkinnedMesh;
  garment: SkinnedMesh;
  skeleton: DancerSkeleton;
  heightM: number;
  /** Frees what is the figure's own (the skeleton's bone texture); shared parts stay. */
  dispose: () => void;
}

const materials = new Map<string, Material>();

/** A material for `key`, made once and shared by every figure that asks for the same. */
function shared<T extends Material>(key: string, make: () => T): T {
  let material = materials.get(key) as T | undefined;
  if (!material) materials.set(key, (material = make()));
  return material;
}

/**
 * Builds a figure of `gender` in `costume`: its own skeleton (the rig's joints at rest), the
 * gender's shared body geometry and the cut's shared garment both bound to it, materials shared
 * across the cast (one body material per costume look, one tulle per color).
 */
export function createFigure(gender: Gender, costume: Costume, shadows = true): Figure {
  const geometry = getDancerGeometry(gender);
  const skeleton = createDancerSkeleton(geometry.rig);
  const look = lookFor(costume, geometry.rig);
  const bodyMaterial = shared(`body/${gender}/${JSON.stringify(look)}`, () =>
    createBodyMaterial(look, geometry.face),
  );
  const garmentMaterial =
    costume.cut === 'tutu'
      ? shared(`tulle/${costume.colors.skirt}`, () => createTulleMaterial(costume.colors.skirt))
      : bodyMaterial;
  const group = new Group();
  const body = new SkinnedMesh(geometry.body, bodyMaterial);
  body.name = 'body';
  const bodyFar = new SkinnedMesh(geometry.bodyFar, bodyMaterial);
  bodyFar.name = 'body-far';
  bodyFar.visible = false;
  const garment = new SkinnedMesh(geometry.garment(costume.cut), garmentMaterial);
  garment.name = `costume-${costume.cut}`;
  group.add(skeleton.root);
  for (const mesh of [body, bodyFar, garment]) {
    mesh.bind(skeleton.skeleton);
    // The bounding sphere is the bind pose's; the figure moves all over the stage.
    mesh.frustumCulled = false;
    mesh.castShadow = shadows;
    group.add(mesh);
  }
  return {
    group,
    body,
    bodyFar,
    garment,
    skeleton,
    heightM: geometry.rig.heightM,
    dispose: () => skeleton.skeleton.dispose(),
  };
}

// The full body is drawn while the figure fills more than about half the frame's height (with
// a margin either way, so it does not flicker at the threshold).
const NEAR_ABOVE = 0.5;
const FAR_BELOW = 0.42;
const where = new Vector3();

/** How much of the frame's height a figure `heightM` tall standing at `root` fills. */
function frameShare(camera: Camera, root: readonly [number, number, number], heightM: number) {
  const distance = where.set(root[0], root[1] + heightM / 2, root[2]).distanceTo(camera.position);
  const fovDeg = (camera as PerspectiveCamera).isPerspectiveCamera
    ? (camera as PerspectiveCamera).fov
    : 50;
  return heightM / (2 * Math.max(distance, 0.1) * Math.tan((fovDeg * Math.PI) / 360));
}

/**
 * Shows the figure posed as `dancer` (through its poser), its full or its lighter body by how
 * large `camera` sees it, or hides it while the frame does not put it on stage. Mutates the
 * figure only: call it from the frame loop.
 */
export function showFigure(
  figure: Figure,
  poser: DancerPoser,
  dancer: DancerPlacement | undefined,
  camera?: Camera,
): void {
  figure.group.visible = dancer !== undefined;
  if (!dancer) return;
  poser.apply(dancer, figure.skeleton.bones);
  if (!camera) return;
  const share = frameShare(camera, dancer.root, figure.heightM);
  const near = figure.body.visible ? share > FAR_BELOW : share > NEAR_ABOVE;
  figure.body.visible = near;
  figure.bodyFar.visible = !near;
}
