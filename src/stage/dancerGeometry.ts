import type { BufferGeometry, DataTexture } from 'three';
import { createRig, type Gender, type Rig } from '../core';
import { createBodyGeometry } from './dancer/bodyGeometry';
import { createFaceTexture } from './dancer/bodyMaterial';
import { createFaceMask } from './dancer/faceMask';
import { createGarmentGeometry, type GarmentCut } from './dancer/garmentGeometry';
import { headLayoutFor } from './dancer/headShape';

/** What every figure of one gender is built from, shared by all of them (never changes). */
export interface DancerGeometry {
  rig: Rig;
  /** The continuous skinned body (with hair, shoes and ribbons), bound to the rig's joints. */
  body: BufferGeometry;
  /** The same body with half the vertices, for figures seen small (wide shots). */
  bodyFar: BufferGeometry;
  /** The face and hair masks painted on the head. */
  face: DataTexture;
  /** The garment of a cut, built when first asked for. */
  garment: (cut: GarmentCut) => BufferGeometry;
}

const shared = new Map<Gender, DancerGeometry>();

/** How much of the full body's detail the far body keeps. */
const FAR_DETAIL = 0.5;

/** The shapes of a gender's figures, built on first use and shared by the whole cast. */
export function getDancerGeometry(gender: Gender): DancerGeometry {
  let geometry = shared.get(gender);
  if (!geometry) {
    const rig = createRig(gender);
    const garments = new Map<GarmentCut, BufferGeometry>();
    geometry = {
      rig,
      body: createBodyGeometry(rig),
      bodyFar: createBodyGeometry(rig, FAR_DETAIL),
      face: createFaceTexture(createFaceMask(headLayoutFor(gender, rig.heightM))),
      garment: (cut) => {
        let g = garments.get(cut);
        if (!g) garments.set(cut, (g = createGarmentGeometry(rig, cut)));
        return g;
      },
    };
    shared.set(gender, geometry);
  }
  return geometry;
}
