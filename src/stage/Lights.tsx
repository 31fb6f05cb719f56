import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import type { AmbientLight, HemisphereLight } from 'three';
import { FollowSpot } from './FollowSpot';
import { level01 } from './frameLookup';
import { useStageFrame } from './stageFrameContext';
import { WashLight } from './WashLight';

/** Props of the lighting rig. */
export interface LightsProps {
  /** Whether the follow-spots render shadow maps. */
  shadows?: boolean;
  shadowMapSizePx?: number;
}

/**
 * The lighting rig: two follow-spots (the only shadow casters), front and side washes,
 * footlights, and the house lights as a warm hemisphere. The ambient floor is the ~1%
 * exit-sign and pit spill, so a blackout is black but not a void.
 */
export function Lights({ shadows = true, shadowMapSizePx = 1024 }: LightsProps) {
  const frameRef = useStageFrame();
  const houseRef = useRef<HemisphereLight>(null);
  const spillRef = useRef<AmbientLight>(null);

  useFrame(() => {
    const house = level01(frameRef.current.houseLights);
    if (houseRef.current) houseRef.current.intensity = house * 2.6;
    if (spillRef.current) spillRef.current.intensity = 0.035 + house * 0.15;
  });

  return (
    <group name="lights">
      <hemisphereLight ref={houseRef} name="house-lights" args={['#ffcf98', '#2a140a', 0]} />
      <ambientLight ref={spillRef} name="spill" args={['#6f7c8c', 0.035]} />
      <FollowSpot id="follow-1" castShadow={shadows} shadowMapSizePx={shadowMapSizePx} />
      <FollowSpot id="follow-2" castShadow={shadows} shadowMapSizePx={shadowMapSizePx} />
      <WashLight id="wash-front" fullIntensity={2.2} fallbackAngleDeg={70} />
      <WashLight id="wash-left" fullIntensity={2.6} fallbackAngleDeg={70} />
      <WashLight id="wash-right" fullIntensity={2.6} fallbackAngleDeg={70} />
      <WashLight id="footlights" fullIntensity={1.4} fallbackAngleDeg={100} penumbra={1} />
    </group>
  );
}
