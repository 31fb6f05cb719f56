import { MeshReflectorMaterial as ReflectorMaterialImpl } from '@react-three/drei/materials/MeshReflectorMaterial';
import type { Material, WebGLProgramParametersWithUniforms } from 'three';

// drei multiplies the reflection into the albedo, which on dark red-brown wood turns every
// reflection into an orange glow; varnish reflects untinted light, weighted by Fresnel.
const DREI_MIX =
  'diffuseColor.rgb = diffuseColor.rgb * ((1.0 - min(1.0, mirror)) + newMerge.rgb * mixStrength);';
const SHEEN_KEEP = 'vec3 floorSheen = max(newMerge.rgb, vec3(0.0)) * mixStrength;';
const SHEEN_ADD = `
  // Schlick Fresnel of a varnish (F0 = 0.04): faint from above, stronger at the audience's grazing view.
  float floorFresnel = pow(1.0 - saturate(dot(geometryNormal, geometryViewDir)), 5.0);
  outgoingLight += floorSheen * mix(0.04, 1.0, floorFresnel);
  #include <opaque_fragment>`;

/**
 * onBeforeCompile for drei's reflector material: builds its shader, then adds the blurred
 * reflection to the outgoing light as an untinted varnish sheen instead of tinting the wood.
 */
export function addFloorSheen(this: Material, shader: WebGLProgramParametersWithUniforms): void {
  ReflectorMaterialImpl.prototype.onBeforeCompile.call(this, shader);
  // If drei's shader ever changes, its own mix stays: still a reflection, just warmer.
  if (!shader.fragmentShader.includes(DREI_MIX)) return;
  shader.fragmentShader = shader.fragmentShader
    .replace(DREI_MIX, SHEEN_KEEP)
    .replace('#include <opaque_fragment>', SHEEN_ADD);
}
