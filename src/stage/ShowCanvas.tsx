import { Canvas } from '@react-three/fiber';
import { ACESFilmicToneMapping } from 'three';
import type { CastMember, StageFrame } from '../core';
import { StageScene } from './StageScene';
import { StatsProbe, type StageStats } from './StatsProbe';

export type { StageStats } from './StatsProbe';

/** Exposure of the filmic tone mapping: the lit stage bright, highlights rolled off, not clipped. */
export const STAGE_EXPOSURE = 1.3;

/** Props of the show canvas the integrator mounts. */
export interface ShowCanvasProps {
  /** Called every frame to get the frame to draw (the integrator samples the timeline here with a reused object). */
  getFrame: () => StageFrame;
  /** The cast of the show (ids and roles): re-renders when the story changes. */
  cast: CastMember[];
  quality?: 'low' | 'medium' | 'high';
  /** Called once after the first frame is drawn. */
  onFirstFrame?: () => void;
  /** Filled every frame with renderer figures for window.proscenium.stats(). */
  statsRef?: { current: StageStats };
}

const DPR: Record<NonNullable<ShowCanvasProps['quality']>, number | [number, number]> = {
  low: 1,
  medium: [1, 1.5],
  high: [1, 2],
};

/** The theater in a WebGL canvas that fills its parent; draws getFrame() every frame. */
export function ShowCanvas({
  getFrame,
  cast,
  quality = 'medium',
  onFirstFrame,
  statsRef,
}: ShowCanvasProps) {
  return (
    <Canvas
      dpr={DPR[quality]}
      shadows={quality === 'low' ? false : 'percentage'}
      gl={{
        antialias: quality !== 'low',
        powerPreference: 'high-performance',
        toneMapping: ACESFilmicToneMapping,
        // ART.md: white tulle and skin read without clipping, the lit stage reads bright.
        toneMappingExposure: STAGE_EXPOSURE,
      }}
      camera={{ fov: 40, near: 0.1, far: 120, position: [0, 3, 16] }}
    >
      <StageScene getFrame={getFrame} cast={cast} quality={quality} />
      <StatsProbe statsRef={statsRef} onFirstFrame={onFirstFrame} />
    </Canvas>
  );
}
