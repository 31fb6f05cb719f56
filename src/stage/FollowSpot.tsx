import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { CylinderGeometry, Object3D, type Mesh, type ShaderMaterial, type SpotLight } from 'three';
import type { LightId } from '../core';
import { applyLightFrame } from './applyLightFrame';
import { createBeamMaterial } from './beamMaterial';
import { lightById } from './frameLookup';
import { useStageFrame } from './stageFrameContext';

/** Props of one follow-spot. */
export interface FollowSpotProps {
  id: Extract<LightId, 'follow-1' | 'follow-2'>;
  /** Whether this spot renders a shadow map (the follow-spots are the only casters). */
  castShadow?: boolean;
  shadowMapSizePx?: number;
  /** Light intensity at frame intensity 1 (decay 0, so this is the pool's brightness). */
  fullIntensity?: number;
  /** Beam density in the haze at frame intensity 1. */
  hazeDensity?: number;
}

/** A unit cone, apex at the origin opening along +z to radius 1 at z = 1, open-ended. */
function createUnitCone(): CylinderGeometry {
  const g = new CylinderGeometry(0.015, 1, 1, 28, 1, true);
  g.translate(0, -0.5, 0);
  g.rotateX(-Math.PI / 2);
  return g;
}

/** Stretches the beam cone from the lamp to the target, as wide as the light's cone, at `density`. */
function aimBeam(beam: Mesh, material: ShaderMaterial, light: SpotLight, density: number): void {
  const lengthM = light.position.distanceTo(light.target.position);
  const radiusM = Math.tan(light.angle) * lengthM;
  beam.position.copy(light.position);
  beam.lookAt(light.target.position);
  beam.scale.set(radiusM, radiusM, lengthM);
  material.uniforms.uColor!.value.copy(light.color);
  material.uniforms.uIntensity!.value = density;
  beam.visible = density > 1e-4;
}

/**
 * A follow-spot from the front of house: a shadow-casting SpotLight aimed at a target
 * object in the scene graph, plus its visible beam in the haze (an additive cone).
 */
export function FollowSpot({
  id,
  castShadow = true,
  shadowMapSizePx = 1024,
  fullIntensity = 7,
  hazeDensity = 0.3,
}: FollowSpotProps) {
  const frameRef = useStageFrame();
  const lightRef = useRef<SpotLight>(null);
  const beamRef = useRef<Mesh>(null);
  const target = useMemo(() => new Object3D(), []);
  const cone = useMemo(() => createUnitCone(), []);
  const beamMaterial = useMemo(() => createBeamMaterial(), []);
  useEffect(
    () => () => {
      cone.dispose();
      beamMaterial.dispose();
    },
    [cone, beamMaterial],
  );

  useFrame(() => {
    const light = lightRef.current;
    const beam = beamRef.current;
    if (!light || !beam) return;
    applyLightFrame(light, lightById(frameRef.current, id), fullIntensity, 12);
    aimBeam(beam, beamMaterial, light, (light.intensity / fullIntensity) * hazeDensity);
  });

  return (
    <group name={id}>
      <primitive object={target} name={`${id}-target`} />
      <spotLight
        ref={lightRef}
        name={`${id}-light`}
        target={target}
        decay={0}
        penumbra={0.45}
        castShadow={castShadow}
        shadow-mapSize-width={shadowMapSizePx}
        shadow-mapSize-height={shadowMapSizePx}
        shadow-bias={-0.0004}
        shadow-normalBias={0.02}
        shadow-camera-near={2}
        shadow-camera-far={60}
      />
      <mesh
        ref={beamRef}
        name={`${id}-beam`}
        geometry={cone}
        material={beamMaterial}
        frustumCulled={false}
        renderOrder={10}
      />
    </group>
  );
}
