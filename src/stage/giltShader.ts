import type { MeshStandardMaterial } from 'three';

/** The level of the fake house reflection in the gilding; set per frame from the lights. */
export const giltReflection = { value: 0.2 };

/**
 * Gives the gilding a reflection of a warm, dim opera house without an environment map
 * (nothing is loaded, and no PMREM programs are compiled): the reflected view vector picks
 * a warm glow above the horizon and a dark floor below, scaled by `giltReflection`.
 */
export function addGiltReflection(material: MeshStandardMaterial): MeshStandardMaterial {
  material.onBeforeCompile = (shader) => {
    shader.uniforms.uGiltReflection = giltReflection;
    shader.fragmentShader = shader.fragmentShader
      .replace('void main() {', 'uniform float uGiltReflection;\nvoid main() {')
      .replace(
        '#include <opaque_fragment>',
        `{
  vec3 rv = reflect(normalize(-vViewPosition), normal);
  float up = rv.y;
  vec3 room = mix(vec3(0.02, 0.012, 0.006), vec3(1.0, 0.72, 0.38), smoothstep(-0.3, 0.7, up));
  room += vec3(1.0, 0.85, 0.6) * pow(max(0.0, 1.0 - abs(up - 0.35) * 4.0), 3.0);
  outgoingLight += diffuseColor.rgb * room * uGiltReflection;
}
#include <opaque_fragment>`,
      );
  };
  material.customProgramCacheKey = () => 'gilt-reflection';
  return material;
}
