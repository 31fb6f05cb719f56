import { MeshReflectorMaterial } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { BufferGeometry, Texture } from 'three';
import { addFloorSheen } from './floorSheenShader';
import { UNREFLECTED_LAYER } from './reflectionLayer';

/** Props of the reflective stage floor (the 'high' quality tier only). */
export interface ReflectiveFloorProps {
  /** The floor geometry as Theater builds it: horizontal, top at y = 0, normal +Y. */
  geometry: BufferGeometry;
  /** The plank texture of the plain floor, so both tiers show the same wood. */
  map: Texture | null;
  receiveShadow?: boolean;
  /** Side of the square reflection render target, pixels. */
  resolutionPx?: number;
}

/**
 * The stage floor with a soft, blurred reflection of what stands on it (dancers, arch,
 * curtain), mixed lightly into the dark planks: polished wood, not a mirror. Costs one extra
 * render of the scene and a blur pass per frame, so only the 'high' tier uses it.
 */
export function ReflectiveFloor({
  geometry,
  map,
  receiveShadow = true,
  resolutionPx = 512,
}: ReflectiveFloorProps) {
  // The reflector takes its plane from the mesh's local +Z, so the floor is laid in the XY plane
  // and the mesh turned back down: its world-space vertices are those of the plain floor.
  const upright = useMemo(() => geometry.clone().rotateX(Math.PI / 2), [geometry]);
  useEffect(() => () => upright.dispose(), [upright]);
  // The show camera also draws what the reflection camera (layer 0 only) leaves out.
  const camera = useThree((state) => state.camera);
  useEffect(() => {
    camera.layers.enable(UNREFLECTED_LAYER);
    return () => camera.layers.disable(UNREFLECTED_LAYER);
  }, [camera]);

  return (
    <mesh
      name="stage-floor"
      geometry={upright}
      rotation={[-Math.PI / 2, 0, 0]}
      receiveShadow={receiveShadow}
    >
      <MeshReflectorMaterial
        name="stage-floor-reflector"
        map={map}
        color="#ffffff"
        roughness={0.45}
        metalness={0}
        resolution={resolutionPx}
        blur={[320, 120]}
        mixBlur={2}
        mixStrength={0.55}
        onBeforeCompile={addFloorSheen}
        mixContrast={1}
        mirror={0}
        depthScale={1.2}
        minDepthThreshold={0.4}
        maxDepthThreshold={1.4}
      />
    </mesh>
  );
}
