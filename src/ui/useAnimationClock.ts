import { useEffect } from 'react';

/** The longest step one frame may advance the show: slow software rendering keeps real time, a tab back from hiding does not jump ahead. */
const MAX_STEP_SEC = 0.25;

/** Calls `tick(dtSec)` on every animation frame while mounted: the only clock of the show. */
export function useAnimationClock(tick: (dtSec: number) => void): void {
  useEffect(() => {
    let last = performance.now();
    let handle = requestAnimationFrame(function step(now) {
      tick(Math.min(Math.max((now - last) / 1000, 0), MAX_STEP_SEC));
      last = now;
      handle = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(handle);
  }, [tick]);
}
