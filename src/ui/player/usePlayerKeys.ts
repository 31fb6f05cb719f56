import { useEffect, useRef } from 'react';
import { isTypingTarget, keyCommand, type PlayerCommand } from './keyCommand';

const OWN_KEYS = new Set([' ', 'Enter', 'Spacebar']);

/** Runs `onCommand` for the player's keys anywhere on the page, except while the viewer types. */
export function usePlayerKeys(onCommand: (command: PlayerCommand) => void): void {
  const latest = useRef(onCommand);
  useEffect(() => {
    latest.current = onCommand;
  }, [onCommand]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      // A focused button or link answers Space and Enter itself.
      const target = event.target instanceof Element ? event.target : null;
      if (OWN_KEYS.has(event.key) && target?.closest('button, a[href]')) return;
      const command = keyCommand(event);
      if (!command) return;
      event.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
