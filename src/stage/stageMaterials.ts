import {
  Color,
  DoubleSide,
  MeshBasicMaterial,
  MeshLambertMaterial,
  MeshPhysicalMaterial,
  MeshStandardMaterial,
} from 'three';
import { addGiltReflection } from './giltShader';
import { createPlankTexture } from './plankTexture';

/** The shared materials of the stage: a few shader programs serve the whole scene. */
export interface StageMaterials {
  /** Near-black warm house surfaces: walls, auditorium floor, pit. */
  house: MeshLambertMaterial;
  /** Black velour masking: legs, borders, the back wall. */
  masking: MeshLambertMaterial;
  /** Gilding on the arch, the pit rail and the box fronts. */
  gilt: MeshStandardMaterial;
  /** The wooden stage floor with its plank texture. */
  floor: MeshStandardMaterial;
  /** Crimson velvet with sheen: the main curtain and the valance. */
  velvet: MeshPhysicalMaterial;
  /** Audience silhouettes and seats (instanced). */
  audience: MeshLambertMaterial;
  /** Seat upholstery #3a0d10 (instanced). */
  seats: MeshLambertMaterial;
  /** Dancers' limbs, joints and heads (instanced, colored per instance). */
  body: MeshStandardMaterial;
  /** Self-lit footlight bulbs; color set per frame. */
  footGlow: MeshBasicMaterial;
  /** Self-lit house chandelier; color set per frame. */
  houseGlow: MeshBasicMaterial;
  /** Exit signs and pit lights: the only light left in a blackout. */
  spillGlow: MeshBasicMaterial;
  /** Music-stand lamps in the orchestra pit. */
  pitGlow: MeshBasicMaterial;
  /** The cyclorama cloth, a self-lit gradient whose color follows the frame. */
  cyclorama: MeshBasicMaterial;
}

let shared: StageMaterials | null = null;

/** The stage materials, created on first use and shared by every component and canvas. */
export function getStageMaterials(): StageMaterials {
  if (shared) return shared;
  shared = {
    house: new MeshLambertMaterial({ color: new Color('#120b08') }),
    masking: new MeshLambertMaterial({ color: new Color('#0a0707') }),
    gilt: addGiltReflection(
      new MeshStandardMaterial({ color: new Color('#b8892f'), metalness: 0.85, roughness: 0.3 }),
    ),
    floor: new MeshStandardMaterial({
      color: new Color('#ffffff'),
      map: createPlankTexture(),
      roughness: 0.45,
      metalness: 0,
    }),
    velvet: new MeshPhysicalMaterial({
      color: new Color('#6e0a14'),
      roughness: 0.8,
      sheen: 0.7,
      sheenColor: new Color('#ff6a4d'),
      sheenRoughness: 0.55,
      side: DoubleSide,
    }),
    audience: new MeshLambertMaterial({
      color: new Color('#2c2226'),
      emissive: new Color('#3a2418'),
    }),
    seats: new MeshLambertMaterial({ color: new Color('#3a0d10'), emissive: new Color('#3a0d10') }),
    body: new MeshStandardMaterial({ color: new Color('#ffffff'), roughness: 0.72 }),
    footGlow: new MeshBasicMaterial({ color: new Color('#ffd9a0') }),
    houseGlow: new MeshBasicMaterial({ color: new Color('#ffcf8a') }),
    spillGlow: new MeshBasicMaterial({ color: new Color('#1f8a3e') }),
    pitGlow: new MeshBasicMaterial({ color: new Color('#3a2410') }),
    cyclorama: new MeshBasicMaterial({ color: new Color('#1b2a4a'), vertexColors: true }),
  };
  return shared;
}

const fabrics = new Map<string, MeshStandardMaterial>();

/**
 * A matte costume fabric of one color, shared by every dancer who wears it (one shader program
 * for all of them; the cast's colors are few, so the cache stays small).
 */
export function getFabricMaterial(hex: string, roughness: number): MeshStandardMaterial {
  const key = `${hex}/${roughness}`;
  let material = fabrics.get(key);
  if (!material) {
    material = new MeshStandardMaterial({ color: new Color(hex), roughness });
    fabrics.set(key, material);
  }
  return material;
}
