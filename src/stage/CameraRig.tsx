import { useFrame, useThree } from '@react-three/fiber';
import { MathUtils, PerspectiveCamera, type Camera } from 'three';
import type { CameraFrame } from '../core';
import { useStageFrame } from './stageFrameContext';

/** Props of the camera rig. */
export interface CameraRigProps {
  /** The aspect the frame's fovDeg was composed for. */
  designAspect?: number;
}

/**
 * Vertical fov that keeps the horizontal fov of `fovDeg` (composed at `designAspect`) on a
 * narrower screen; wider screens keep the vertical fov, so the subject is always framed.
 */
export function fitVerticalFovDeg(fovDeg: number, aspect: number, designAspect = 16 / 9): number {
  if (!(aspect > 0) || aspect >= designAspect) return fovDeg;
  const halfH = Math.atan(Math.tan(MathUtils.degToRad(fovDeg) / 2) * designAspect);
  const fitted = MathUtils.radToDeg(2 * Math.atan(Math.tan(halfH) / aspect));
  return Math.min(fitted, 150);
}

/** Puts `camera` at the frame's position looking at its target, with the fov fitted to its aspect. */
export function applyCameraFrame(camera: Camera, frame: CameraFrame, designAspect = 16 / 9): void {
  const [px, py, pz] = frame.position;
  const [tx, ty, tz] = frame.target;
  camera.position.set(px, py, pz);
  camera.lookAt(tx, ty, tz);
  if (camera instanceof PerspectiveCamera) {
    const fov = fitVerticalFovDeg(frame.fovDeg, camera.aspect, designAspect);
    if (Math.abs(camera.fov - fov) > 1e-4) {
      camera.fov = fov;
      camera.updateProjectionMatrix();
    }
  }
}

/** Applies frame.camera (position, target, fov) to the default camera every frame. */
export function CameraRig({ designAspect = 16 / 9 }: CameraRigProps) {
  const frameRef = useStageFrame();
  const camera = useThree((state) => state.camera);

  useFrame(() => applyCameraFrame(camera, frameRef.current.camera, designAspect));

  return null;
}
