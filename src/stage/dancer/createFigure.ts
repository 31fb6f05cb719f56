import { Group, SkinnedMesh, type Material } from 'three';
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
  body: SkinnedMesh;
  garment: SkinnedMesh;
  skeleton: DancerSkeleton;
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
  const garment = new SkinnedMesh(geometry.garment(costume.cut), garmentMaterial);
  garment.name = `costume-${costume.cut}`;
  group.add(skeleton.root);
  for (const mesh of [body, garment]) {
    mesh.bind(skeleton.skeleton);
    // The bounding sphere is the bind pose's; the figure moves all over the stage.
    mesh.frustumCulled = false;
    mesh.castShadow = shadows;
    group.add(mesh);
  }
  return { group, body, garment, skeleton, dispose: () => skeleton.skeleton.dispose() };
}

/**
 * Shows the figure posed as `dancer` (through its poser), or hides it while the frame does not
 * put it on stage. Mutates the figure only: call it from the frame loop.
 */
export function showFigure(
  figure: Figure,
  poser: DancerPoser,
  dancer: DancerPlacement | undefined,
): void {
  figure.group.visible = dancer !== undefined;
  if (dancer) poser.apply(dancer, figure.skeleton.bones);
}
