import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { Object3D, type SpotLight } from 'three';
import type { LightId } from '../core';
import { applyLightFrame } from './applyLightFrame';
import { lightById } from './frameLookup';
import { useStageFrame } from './stageFrameContext';

/** Props of a wash (a wide, soft, shadowless spot). */
export interface WashLightProps {
  id: Extract<LightId, 'wash-front' | 'wash-left' | 'wash-right' | 'footlights'>;
  /** Light intensity at frame intensity 1. */
  fullIntensity?: number;
  /** Cone used when the frame says 0 (a non-spot light). */
  fallbackAngleDeg?: number;
  penumbra?: number;
}

/** A color wash from the front, the wings or the footlights: no shadows, soft wide edge. */
export function WashLight({
  id,
  fullIntensity = 2.5,
  fallbackAngleDeg = 60,
  penumbra = 0.9,
}: WashLightProps) {
  const frameRef = useStageFrame();
  const lightRef = useRef<SpotLight>(null);
  const target = useMemo(() => new Object3D(), []);

  useFrame(() => {
    const light = lightRef.current;
    if (light)
      applyLightFrame(light, lightById(frameRef.current, id), fullIntensity, fallbackAngleDeg);
  });

  return (
    <group name={id}>
      <primitive object={target} name={`${id}-target`} />
      <spotLight
        ref={lightRef}
        name={`${id}-light`}
        target={target}
        decay={0}
        penumbra={penumbra}
        castShadow={false}
      />
    </group>
  );
}
