import { useThree } from '@react-three/fiber';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { useEffect } from 'react';
import { PerspectiveCamera, Vector3, type Camera } from 'three';
import { describe, expect, it } from 'vitest';
import { applyCameraFrame, fitVerticalFovDeg, portraitLiftNdc } from '../../src/stage/CameraRig';
import { createPreviewFrame } from './previewFrame';
import { StageScene } from '../../src/stage/StageScene';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const horizontalDeg = (vDeg: number, aspect: number) =>
  (2 * Math.atan(Math.tan((vDeg * Math.PI) / 360) * aspect) * 180) / Math.PI;

describe('portrait framing', () => {
  it('lifts the 16:9 picture toward the top of a portrait screen and leaves landscape alone', () => {
    expect(portraitLiftNdc(16 / 9)).toBe(0);
    expect(portraitLiftNdc(4 / 3)).toBe(0);
    const lift = portraitLiftNdc(9 / 16);
    // The picture's share of the height is (9/16)/(16/9) ≈ 0.32: its centre goes near the top.
    expect(lift).toBeGreaterThan(0.5);
    expect(lift).toBeLessThan(0.7);
  });

  it('projects the subject into the upper part of a portrait screen', () => {
    const camera = new PerspectiveCamera(30, 9 / 16, 0.1, 100);
    const frame = {
      position: [0, 1.5, 6],
      target: [0, 1.5, 0],
      fovDeg: 30,
      shot: 'full',
      cut: 0,
    } as const;
    applyCameraFrame(camera, { ...frame, position: [0, 1.5, 6], target: [0, 1.5, 0] });
    camera.updateMatrixWorld();
    const subject = new Vector3(0, 1.5, 0).project(camera);
    expect(subject.y).toBeGreaterThan(0.5);
    const landscape = new PerspectiveCamera(30, 16 / 9, 0.1, 100);
    applyCameraFrame(landscape, { ...frame, position: [0, 1.5, 6], target: [0, 1.5, 0] });
    landscape.updateMatrixWorld();
    expect(new Vector3(0, 1.5, 0).project(landscape).y).toBeCloseTo(0, 6);
  });
});

describe('fitVerticalFovDeg', () => {
  it('keeps the vertical fov at 16:9 and wider', () => {
    expect(fitVerticalFovDeg(27, 16 / 9)).toBeCloseTo(27, 6);
    expect(fitVerticalFovDeg(27, 21 / 9)).toBeCloseTo(27, 6);
  });

  it('widens the vertical fov on narrow screens so the horizontal fov is preserved', () => {
    const design = horizontalDeg(27, 16 / 9);
    for (const aspect of [4 / 3, 1, 9 / 16]) {
      const v = fitVerticalFovDeg(27, aspect);
      expect(v).toBeGreaterThan(27);
      expect(horizontalDeg(v, aspect)).toBeCloseTo(design, 4);
    }
  });
});

function CameraProbe({ onCamera }: { onCamera: (camera: Camera) => void }) {
  const camera = useThree((state) => state.camera);
  useEffect(() => onCamera(camera), [camera, onCamera]);
  return null;
}

describe('CameraRig', () => {
  it('puts the camera where the frame says, looking at the target', async () => {
    const frame = createPreviewFrame({ shot: 'full' });
    const probe: { camera: Camera | null } = { camera: null };
    const renderer = await ReactThreeTestRenderer.create(
      <>
        <StageScene getFrame={() => frame} cast={[]} />
        <CameraProbe
          onCamera={(c) => {
            probe.camera = c;
          }}
        />
      </>,
    );
    await renderer.advanceFrames(1, 1 / 60);
    const camera = probe.camera!;
    expect(camera.position.toArray()).toEqual(frame.camera.position);
    const toTarget = new Vector3(...frame.camera.target).sub(camera.position).normalize();
    expect(camera.getWorldDirection(new Vector3()).dot(toTarget)).toBeCloseTo(1, 5);
    await renderer.unmount();
  });
});
