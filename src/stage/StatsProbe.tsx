import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { WebGLInfo } from 'three';

/** Renderer figures for window.proscenium.stats(). */
export interface StageStats {
  fps: number;
  drawCalls: number;
  triangles: number;
  programs: number;
  geometries: number;
  textures: number;
  contextLosses: number;
}

/** An empty StageStats, for initializing the ref the integrator passes. */
export function createStageStats(): StageStats {
  return {
    fps: 0,
    drawCalls: 0,
    triangles: 0,
    programs: 0,
    geometries: 0,
    textures: 0,
    contextLosses: 0,
  };
}

/** Copies the renderer's figures into `stats` (no allocation). */
export function fillStats(
  stats: StageStats,
  info: WebGLInfo,
  fps: number,
  contextLosses: number,
): void {
  stats.fps = fps;
  stats.drawCalls = info.render.calls;
  stats.triangles = info.render.triangles;
  stats.programs = info.programs?.length ?? 0;
  stats.geometries = info.memory.geometries;
  stats.textures = info.memory.textures;
  stats.contextLosses = contextLosses;
}

/** Whether three resets the counters at each render() call (a helper: hooks may not mutate `gl`). */
function setAutoReset(info: WebGLInfo, on: boolean): void {
  info.autoReset = on;
}

/** Props of the stats probe. */
export interface StatsProbeProps {
  statsRef?: { current: StageStats };
  /** Called once after the first frame has been drawn. */
  onFirstFrame?: () => void;
}

/**
 * Copies renderer.info into `statsRef` every frame, first of all frame callbacks (the figures of
 * the previous, complete frame, every render pass included), keeps a smoothed fps, counts lost WebGL contexts and reports the first drawn frame.
 */
export function StatsProbe({ statsRef, onFirstFrame }: StatsProbeProps) {
  const gl = useThree((state) => state.gl);
  const frames = useRef(0);
  const lossesRef = useRef(0);
  const fpsRef = useRef(0);

  // Off-screen passes (the floor reflection and its blur) each call render(), which would reset
  // the counters mid-frame: the probe resets them itself so a frame's figures cover every pass.
  useEffect(() => {
    const autoReset = gl.info.autoReset;
    setAutoReset(gl.info, false);
    return () => setAutoReset(gl.info, autoReset);
  }, [gl]);

  useEffect(() => {
    const canvas = gl.domElement;
    const onLost = () => {
      lossesRef.current += 1;
    };
    canvas.addEventListener('webglcontextlost', onLost);
    return () => canvas.removeEventListener('webglcontextlost', onLost);
  }, [gl]);

  useFrame((_, dtSec) => {
    frames.current += 1;
    // The first useFrame runs before the first render; by the second, a frame is on screen.
    if (frames.current === 2) onFirstFrame?.();
    if (dtSec > 0) {
      const instant = 1 / dtSec;
      fpsRef.current = fpsRef.current === 0 ? instant : fpsRef.current * 0.9 + instant * 0.1;
    }
    if (statsRef) fillStats(statsRef.current, gl.info, fpsRef.current, lossesRef.current);
    gl.info.reset();
  }, -2);

  return null;
}
