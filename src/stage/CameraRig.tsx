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
    const liftNdc = portraitLiftNdc(camera.aspect, designAspect);
    const lifted = camera.view?.enabled ? camera.view.offsetY * 2 : 0;
    if (Math.abs(camera.fov - fov) > 1e-4 || Math.abs(lifted - liftNdc) > 1e-4) {
      camera.fov = fov;
      // Shifting the view window down moves the picture up (half the full height per unit).
      if (liftNdc > 0) camera.setViewOffset(1, 1, 0, liftNdc / 2, 1, 1);
      else camera.clearViewOffset();
      camera.updateProjectionMatrix();
    }
  }
}

/** Margin kept above the composed picture on a portrait screen, in NDC. */
const PORTRAIT_TOP_MARGIN_NDC = 0.06;

/**
 * On a portrait screen the 16:9 picture (the dancers) is lifted toward the top, leaving the
 * lower part of the screen to the captions: how far, in NDC (0 on landscape screens).
 */
export function portraitLiftNdc(aspect: number, designAspect = 16 / 9): number {
  if (!(aspect > 0) || aspect >= 1) return 0;
  const share = aspect / designAspect;
  return Math.max(0, 1 - share - PORTRAIT_TOP_MARGIN_NDC);
}

/** Applies frame.camera (position, target, fov) to the default camera every frame. */
export function CameraRig({ designAspect = 16 / 9 }: CameraRigProps) {
  const frameRef = useStageFrame();
  const camera = useThree((state) => state.camera);

  useFrame(() => applyCameraFrame(camera, frameRef.current.camera, designAspect));

  return null;
}
