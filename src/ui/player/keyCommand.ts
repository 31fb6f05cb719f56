/** What a key asks of the player. */
export type PlayerCommand =
  | 'toggle-play'
  | 'previous-beat'
  | 'next-beat'
  | 'first-beat'
  | 'last-beat'
  | 'fullscreen'
  | 'captions'
  | 'help'
  | 'close';

/** The parts of a keyboard event that decide its command. */
export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const COMMANDS: Record<string, PlayerCommand> = {
  ' ': 'toggle-play',
  Spacebar: 'toggle-play',
  ArrowLeft: 'previous-beat',
  ArrowRight: 'next-beat',
  Home: 'first-beat',
  End: 'last-beat',
  f: 'fullscreen',
  F: 'fullscreen',
  c: 'captions',
  C: 'captions',
  '?': 'help',
  Escape: 'close',
};

/** The keys and what they do, for the help overlay. */
export const KEY_HELP: ReadonlyArray<readonly [keys: string, action: string]> = [
  ['Space', 'Play / pause'],
  ['← / →', 'Previous / next beat'],
  ['Home / End', 'First / last beat'],
  ['F', 'Full screen'],
  ['C', 'Captions on / off'],
  ['?', 'This help'],
  ['Esc', 'Close the help or the story'],
];

/** Maps a key press to a player command; browser shortcuts (Ctrl, ⌘, Alt) map to nothing. */
export function keyCommand(input: KeyInput): PlayerCommand | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  return COMMANDS[input.key] ?? null;
}

/** Whether a key press lands where the viewer is typing or picking (text fields, selects). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  if (target.closest('[contenteditable=""], [contenteditable="true"]')) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target.getAttribute('type') ?? 'text').toLowerCase();
  return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'color', 'file'].includes(
    type,
  );
}
