import { Component, type ReactNode } from 'react';
import { StageFallback } from './StageFallback';

/** Props of {@link StageBoundary}. */
export interface StageBoundaryProps {
  children: ReactNode;
  /** Called once when the stage failed and the fallback took its place. */
  onFail: (error: unknown) => void;
}

/** Catches a stage that fails to start (no WebGL context, shader errors) and paints the fallback instead. */
export class StageBoundary extends Component<StageBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('The 3D stage failed; playing as captions.', error);
    this.props.onFail(error);
  }

  override render() {
    return this.state.failed ? <StageFallback /> : this.props.children;
  }
}
