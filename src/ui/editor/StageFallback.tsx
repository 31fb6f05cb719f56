import './stageFallback.css';

/** The message shown when the stage cannot be drawn in 3D. */
export const NO_WEBGL_MESSAGE = '3D is not available in this browser; the story plays as captions.';

/** A still painted stage (curtain, footlights, floor) behind the captions when WebGL is missing. */
export function StageFallback() {
  return (
    <div className="stage-fallback" data-testid="stage-fallback">
      <div className="stage-fallback-curtain stage-fallback-left" />
      <div className="stage-fallback-curtain stage-fallback-right" />
      <div className="stage-fallback-valance" />
      <p className="stage-fallback-note" role="status">
        {NO_WEBGL_MESSAGE}
      </p>
    </div>
  );
}
