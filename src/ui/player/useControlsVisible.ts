import { useEffect, useRef, useState } from 'react';

/** Whether the controls show: always unless `autoHide`, else until the viewer is idle for `idleMs`. */
export function useControlsVisible(autoHide: boolean, idleMs = 2500): boolean {
  const [active, setActive] = useState(true);
  const activeRef = useRef(true);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const set = (value: boolean) => {
      if (activeRef.current === value) return;
      activeRef.current = value;
      setActive(value);
    };
    const wake = () => {
      set(true);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => set(false), idleMs);
    };
    if (!autoHide) {
      set(true);
      return;
    }
    wake();
    const events = ['pointermove', 'pointerdown', 'keydown', 'wheel'] as const;
    for (const name of events) window.addEventListener(name, wake, { passive: true });
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      for (const name of events) window.removeEventListener(name, wake);
    };
  }, [autoHide, idleMs]);
  return !autoHide || active;
}
