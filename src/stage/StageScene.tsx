import { useFrame } from '@react-three/fiber';
import { useState } from 'react';
import type { CastMember, StageFrame } from '../core';
import { Audience } from './Audience';
import { CameraRig } from './CameraRig';
import { Curtain } from './Curtain';
import { Dancers } from './Dancers';
import { Lights } from './Lights';
import { StageFrameContext, type StageFrameRef } from './stageFrameContext';
import { Theater } from './Theater';

/** Rendering quality tiers. */
export type StageQuality = 'low' | 'medium' | 'high';

/** Props of the scene content (everything inside the Canvas). */
export interface StageSceneProps {
  /** Called once per frame for the frame to draw. */
  getFrame: () => StageFrame;
  /** The cast: one dancer is built per member. */
  cast: CastMember[];
  quality?: StageQuality;
}

/**
 * The whole stage inside a Canvas: samples the frame once per rendered frame (before every
 * other frame callback) and shares it through context; children mutate their refs from it.
 */
export function StageScene({ getFrame, cast, quality = 'medium' }: StageSceneProps) {
  const [frameRef] = useState<StageFrameRef>(() => ({ current: getFrame() }));
  useFrame(() => {
    frameRef.current = getFrame();
  }, -1);
  const shadows = quality !== 'low';
  // Real floor reflections cost a second render of the scene: only the high tier pays for it.
  const reflections = quality === 'high';

  return (
    <StageFrameContext.Provider value={frameRef}>
      <color attach="background" args={['#000000']} />
      <CameraRig />
      <Lights shadows={shadows} shadowMapSizePx={quality === 'high' ? 2048 : 1024} />
      <Theater shadows={shadows} reflections={reflections} />
      <Curtain />
      <Audience reflections={reflections} />
      <Dancers cast={cast} shadows={shadows} />
    </StageFrameContext.Provider>
  );
}
