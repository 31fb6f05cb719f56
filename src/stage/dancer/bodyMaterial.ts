import {
  Color,
  DataTexture,
  DoubleSide,
  LinearMipmapLinearFilter,
  LinearFilter,
  MeshStandardMaterial,
  NoColorSpace,
  RepeatWrapping,
  ClampToEdgeWrapping,
  RGBAFormat,
  type WebGLProgramParametersWithUniforms,
} from 'three';
import type { FaceMask } from './faceMask';

/** Where a costume's colors change on the body (rest heights in the figure's meters). */
export interface BodyLook {
  /** skin, hair, torso, legs, shoes, arms, skirt, inner (blouse, shirt), lips: hex. */
  colors: {
    skin: string;
    hair: string;
    torso: string;
    legs: string;
    shoes: string;
    arms: string;
    skirt: string;
    inner: string;
    lips: string;
  };
  /** The neckline: front height at the middle, its sweetheart rise, half-width of the rise, back height. */
  neckline: [number, number, number, number];
  /** A V in the neckline: its depth at the middle and half-width at the top (0 depth: none). */
  vNeck: [number, number];
  /** Height up to which the inner garment shows above the neckline (its collar); below it, skin. */
  collarY: number;
  /** Below this height the trunk wears the legs' color (tights, trousers). */
  waistY: number;
  /** Above this height the arm is sleeved (arms color), below it bare. */
  sleeveY: number;
  ribbons: boolean;
  /** The garment wears the trim as a belt above this height (out of reach: no belt). */
  beltY: number;
  /** A band along the neckline's edge: its color and width (0: none). */
  trim: { color: string; widthM: number };
}

const VERTEX_DECLARATIONS = /* glsl */ `
attribute float part;
varying float vPart;
varying vec3 vRest;
`;

const FRAGMENT_DECLARATIONS = /* glsl */ `
uniform vec3 uColors[9];
uniform vec4 uNeck;
uniform vec4 uNeckV;
uniform vec4 uBody;
uniform vec4 uTrim;
varying float vPart;
varying vec3 vRest;

// The costume's color and roughness at a point of the body at rest (vRest), by part.
vec3 dancerColor(out float rough) {
  float p = floor(vPart + 0.5);
  if (p > 6.5) { rough = 0.55; return uColors[0]; }            // ear
  if (p > 5.5) {                                               // garment, belted at the top
    float belt = smoothstep(uBody.w - 0.002, uBody.w + 0.002, vRest.y) * step(1e-4, uTrim.w);
    rough = mix(0.85, 0.5, belt);
    return mix(uColors[6], uTrim.rgb, belt);
  }
  if (p > 4.5) {                                               // ribbon
    if (uBody.z < 0.5) discard;
    rough = 0.32; return uColors[4];
  }
  if (p > 3.5) { rough = 0.42; return uColors[1]; }            // hair
  if (p > 2.5) { rough = 0.36; return uColors[4]; }            // foot (satin or leather)
  if (p > 1.5) { rough = 0.62; return uColors[3]; }            // leg
  if (p > 0.5) {                                               // arm: sleeved above sleeveY
    bool sleeve = vRest.y > uBody.y;
    rough = sleeve ? 0.8 : 0.55;
    return sleeve ? uColors[5] : uColors[0];
  }
  // The trunk: legs' color below the waist, the garment up to the neckline, then skin.
  float ax = abs(vRest.x);
  float front = smoothstep(-0.03, 0.03, vRest.z);
  float rise = uNeck.y * sin(3.14159 * clamp(ax / uNeck.z, 0.0, 1.0));
  float vee = uNeckV.x * max(0.0, 1.0 - ax / max(uNeckV.y, 1e-4));
  float neckY = mix(uNeck.w, uNeck.x + rise - vee, front);
  float edge = fwidth(vRest.y) * 0.75;
  float clothed = 1.0 - smoothstep(neckY - edge, neckY + edge, vRest.y);
  float inner = (1.0 - clothed) * (1.0 - smoothstep(uNeckV.z - edge, uNeckV.z + edge, vRest.y)) * uNeckV.w;
  vec3 garment = vRest.y < uBody.x ? uColors[3] : uColors[2];
  float trim = clothed * smoothstep(neckY - uTrim.w - edge, neckY - uTrim.w + edge, vRest.y);
  garment = mix(garment, uTrim.rgb, trim * step(1e-4, uTrim.w));
  vec3 c = mix(uColors[0], garment, clothed);
  c = mix(c, uColors[7], inner);
  rough = mix(0.55, 0.72, max(clothed, inner));
  return c;
}
`;

const MAP_FRAGMENT = /* glsl */ `
  float dancerRough;
  vec3 dancerBase = dancerColor(dancerRough);
  // The face and the hair: painted masks on the head (see faceMask).
  vec4 faceMask = texture2D(map, vMapUv);
  float onHead = 1.0 - step(0.5, vPart);
  dancerBase = mix(dancerBase, uColors[8], faceMask.a * onHead);
  dancerBase = mix(dancerBase, uColors[1], faceMask.r * onHead);
  dancerBase = mix(dancerBase, vec3(0.024, 0.011, 0.008), faceMask.b * onHead);
  dancerBase = mix(dancerBase, vec3(0.74, 0.71, 0.67), faceMask.g * onHead);
  dancerRough = mix(dancerRough, 0.42, faceMask.r * onHead);
  dancerRough = mix(dancerRough, 0.22, faceMask.g * onHead);
  dancerRough = mix(dancerRough, 0.4, faceMask.a * onHead);
  diffuseColor.rgb *= dancerBase;
`;

/** The injected shader: one function for every body material, so they share one program. */
function compileBody(this: MeshStandardMaterial, shader: WebGLProgramParametersWithUniforms) {
  Object.assign(shader.uniforms, this.userData.bodyUniforms);
  shader.vertexShader = shader.vertexShader
    .replace('#include <common>', `#include <common>\n${VERTEX_DECLARATIONS}`)
    .replace(
      '#include <begin_vertex>',
      '#include <begin_vertex>\n  vPart = part;\n  vRest = position;',
    );
  shader.fragmentShader = shader.fragmentShader
    .replace('#include <common>', `#include <common>\n${FRAGMENT_DECLARATIONS}`)
    .replace('#include <map_fragment>', MAP_FRAGMENT)
    .replace('#include <roughnessmap_fragment>', 'float roughnessFactor = dancerRough;');
}

/** The uniform values of a look (linear colors, heights). */
function uniformsOf(look: BodyLook) {
  const c = look.colors;
  const colors = [c.skin, c.hair, c.torso, c.legs, c.shoes, c.arms, c.skirt, c.inner, c.lips].map(
    (hex) => new Color(hex),
  );
  return {
    uColors: { value: colors },
    uNeck: { value: look.neckline },
    uNeckV: { value: [look.vNeck[0], look.vNeck[1], look.collarY, look.collarY > 0 ? 1 : 0] },
    uBody: { value: [look.waistY, look.sleeveY, look.ribbons ? 1 : 0, look.beltY] },
    uTrim: { value: [...new Color(look.trim.color).toArray(), look.trim.widthM] },
  };
}

/**
 * A dancer's body material: physically lit like the rest of the stage, colored per part and
 * height by its costume's look, the face and hair mixed in from `mask`. Every body material
 * compiles to one shader program; equal looks should share one material (see getBodyMaterial).
 */
export function createBodyMaterial(look: BodyLook, mask: DataTexture): MeshStandardMaterial {
  const material = new MeshStandardMaterial({
    color: 0xffffff,
    map: mask,
    roughness: 1,
    metalness: 0,
  });
  material.name = 'dancer-body';
  material.userData.bodyUniforms = uniformsOf(look);
  material.onBeforeCompile = compileBody;
  return material;
}

/** The face mask as a texture: linear masks, wrapping around the head, mipmapped. */
export function createFaceTexture(mask: FaceMask): DataTexture {
  const texture = new DataTexture(mask.data, mask.width, mask.height, RGBAFormat);
  texture.colorSpace = NoColorSpace;
  texture.wrapS = RepeatWrapping;
  texture.wrapT = ClampToEdgeWrapping;
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearMipmapLinearFilter;
  texture.generateMipmaps = true;
  texture.anisotropy = 4;
  texture.needsUpdate = true;
  return texture;
}

/**
 * Tulle is lit the same from below as from above: light shines through the net, so the underside
 * of a lifted tutu glows instead of going dark (both faces keep the upper face's normal).
 */
function compileTulle(shader: WebGLProgramParametersWithUniforms) {
  shader.fragmentShader = shader.fragmentShader.replace(
    '#include <normal_fragment_begin>',
    '#include <normal_fragment_begin>\n  normal *= faceDirection;',
  );
}

/** Tulle: soft, a little translucent, lit on both sides; its layers' alpha is in the vertex colors. */
export function createTulleMaterial(hex: string): MeshStandardMaterial {
  const material = new MeshStandardMaterial({
    color: new Color(hex),
    vertexColors: true,
    transparent: true,
    side: DoubleSide,
    roughness: 0.92,
    metalness: 0,
    depthWrite: false,
  });
  material.name = 'dancer-tulle';
  // One pass for both faces (three would draw a transparent double-sided mesh twice).
  material.forceSinglePass = true;
  material.onBeforeCompile = compileTulle;
  return material;
}
