import { AdditiveBlending, Color, DoubleSide, ShaderMaterial } from 'three';

const vertexShader = /* glsl */ `
varying vec2 vUv;
varying vec3 vNormalView;
varying vec3 vPosView;
void main() {
  vUv = uv;
  vec4 posView = modelViewMatrix * vec4(position, 1.0);
  vPosView = posView.xyz;
  vNormalView = normalize(normalMatrix * normal);
  gl_Position = projectionMatrix * posView;
}
`;

const fragmentShader = /* glsl */ `
uniform vec3 uColor;
uniform float uIntensity;
varying vec2 vUv;
varying vec3 vNormalView;
varying vec3 vPosView;
void main() {
  // Facing ratio: the cone's core (seen face-on) is dense, its silhouette fades to nothing.
  float facing = abs(dot(normalize(vNormalView), normalize(-vPosView)));
  float core = pow(facing, 2.0);
  // Denser near the lamp, thinning toward the floor; no hard rim at the lens.
  float along = mix(0.35, 1.0, vUv.y) * smoothstep(1.0, 0.93, vUv.y);
  float a = uIntensity * core * along;
  gl_FragColor = vec4(uColor * a, 1.0);
}
`;

/** A soft additive light-in-haze material for a beam cone (v = 1 at the lamp, 0 at the floor). */
export function createBeamMaterial(): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: { uColor: { value: new Color(1, 1, 1) }, uIntensity: { value: 0 } },
    vertexShader,
    fragmentShader,
    transparent: true,
    depthWrite: false,
    blending: AdditiveBlending,
    side: DoubleSide,
    toneMapped: false,
  });
}
