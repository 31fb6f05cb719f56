import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Color, SRGBColorSpace } from 'three';
import {
  buildAuditoriumGeometry,
  buildBoxRailGeometry,
  buildCycloramaGeometry,
  buildExitSignGeometry,
  buildFootlightGeometry,
  buildHouseGlowGeometry,
  buildPitGlowGeometry,
} from './auditoriumGeometry';
import { level01, lightById, stageLevel } from './frameLookup';
import { giltReflection } from './giltShader';
import { mergeParts } from './geometryParts';
import {
  buildArchWallGeometry,
  buildFloorGeometry,
  buildGiltGeometry,
  buildMaskingGeometry,
  buildValanceGeometry,
} from './prosceniumGeometry';
import { ReflectiveFloor } from './ReflectiveFloor';
import { unreflectedLayer } from './reflectionLayer';
import { useStageFrame } from './stageFrameContext';
import { getStageMaterials, type StageMaterials } from './stageMaterials';
import type { StageFrame } from '../core';

/** Props of the static theater. */
export interface TheaterProps {
  /** Whether the stage floor receives the follow-spot shadows. */
  shadows?: boolean;
  /** Whether the stage floor shows soft real reflections (an extra render pass: 'high' only). */
  reflections?: boolean;
}

const FOOT_COLOR = new Color('#ffc98a');
const HOUSE_GLOW_COLOR = new Color('#ffd08f');

/** Sets the self-lit parts from the frame: cyclorama color and level, footlights, house lights. */
export function updateTheaterGlow(materials: StageMaterials, frame: StageFrame): void {
  const cyc = lightById(frame, 'cyclorama');
  const cycLevel = cyc ? level01(cyc.intensity) : 0;
  const [r, g, b] = frame.cyclorama;
  materials.cyclorama.color.setRGB(r, g, b, SRGBColorSpace).multiplyScalar(cycLevel * 0.95);
  const foot = lightById(frame, 'footlights');
  const footLevel = foot ? level01(foot.intensity) : 0;
  materials.footGlow.color.copy(FOOT_COLOR).multiplyScalar(0.03 + 1.6 * footLevel);
  const house = level01(frame.houseLights);
  materials.houseGlow.color.copy(HOUSE_GLOW_COLOR).multiplyScalar(0.02 + 2.2 * house);
  // Light bounced off the lit stage reaches the gilding and the faces of the house.
  const stage = stageLevel(frame);
  giltReflection.value = 0.02 + 0.9 * house + 0.35 * stage;
  materials.audience.emissiveIntensity = 0.02 + 0.5 * stage + 0.3 * house;
  materials.seats.emissiveIntensity = 0.01 + 0.2 * stage + 0.3 * house;
}

/**
 * The opera house: gilded proscenium, valance, masking, wooden stage and apron, footlights,
 * pit and auditorium. Static geometry is merged per material (about ten draw calls in all);
 * only the self-lit parts (cyclorama, footlights, chandelier) change color per frame.
 */
export function Theater({ shadows = true, reflections = false }: TheaterProps) {
  const frameRef = useStageFrame();
  const materials = getStageMaterials();
  const layer = unreflectedLayer(reflections);
  const geometry = useMemo(
    () => ({
      floor: buildFloorGeometry(),
      gilt: mergeParts([buildGiltGeometry(), buildBoxRailGeometry()]),
      house: mergeParts([buildArchWallGeometry(), buildAuditoriumGeometry()]),
      masking: buildMaskingGeometry(),
      valance: buildValanceGeometry(),
      cyclorama: buildCycloramaGeometry(),
      footlights: buildFootlightGeometry(),
      houseGlow: buildHouseGlowGeometry(),
      exitSigns: buildExitSignGeometry(),
      pitGlow: buildPitGlowGeometry(),
    }),
    [],
  );
  useEffect(() => () => Object.values(geometry).forEach((g) => g.dispose()), [geometry]);

  useFrame(() => updateTheaterGlow(materials, frameRef.current));

  return (
    <group name="theater">
      {reflections ? (
        <ReflectiveFloor
          geometry={geometry.floor}
          map={materials.floor.map}
          receiveShadow={shadows}
        />
      ) : (
        <mesh
          name="stage-floor"
          geometry={geometry.floor}
          material={materials.floor}
          receiveShadow={shadows}
        />
      )}
      <mesh name="gilding" geometry={geometry.gilt} material={materials.gilt} />
      <mesh name="house" geometry={geometry.house} material={materials.house} layers={layer} />
      <mesh name="masking" geometry={geometry.masking} material={materials.masking} />
      <mesh name="valance" geometry={geometry.valance} material={materials.velvet} />
      <mesh name="cyclorama" geometry={geometry.cyclorama} material={materials.cyclorama} />
      <mesh name="footlights" geometry={geometry.footlights} material={materials.footGlow} />
      <mesh
        name="house-lights"
        geometry={geometry.houseGlow}
        material={materials.houseGlow}
        layers={layer}
      />
      <mesh
        name="exit-signs"
        geometry={geometry.exitSigns}
        material={materials.spillGlow}
        layers={layer}
      />
      <mesh
        name="pit-lamps"
        geometry={geometry.pitGlow}
        material={materials.pitGlow}
        layers={layer}
      />
    </group>
  );
}
