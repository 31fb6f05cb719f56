import { createContext, useContext } from 'react';
import type { StageFrame } from '../core';

/** A mutable box holding the frame being drawn; refreshed once per rendered frame. */
export interface StageFrameRef {
  current: StageFrame;
}

/** Shares the current StageFrame with every stage component without re-rendering them. */
export const StageFrameContext = createContext<StageFrameRef | null>(null);

/** The current frame box; read `.current` inside useFrame, never during render. */
export function useStageFrame(): StageFrameRef {
  const ref = useContext(StageFrameContext);
  if (!ref) throw new Error('useStageFrame must be used inside <StageScene>');
  return ref;
}
