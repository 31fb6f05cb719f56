import { describe, expect, it } from 'vitest';
import { isTypingTarget, KEY_HELP, keyCommand } from '../../../../src/ui/player/keyCommand';

describe('keyCommand', () => {
  it('maps the player keys', () => {
    expect(keyCommand({ key: ' ' })).toBe('toggle-play');
    expect(keyCommand({ key: 'ArrowLeft' })).toBe('previous-beat');
    expect(keyCommand({ key: 'ArrowRight' })).toBe('next-beat');
    expect(keyCommand({ key: 'Home' })).toBe('first-beat');
    expect(keyCommand({ key: 'End' })).toBe('last-beat');
    expect(keyCommand({ key: 'f' })).toBe('fullscreen');
    expect(keyCommand({ key: 'F' })).toBe('fullscreen');
    expect(keyCommand({ key: 'c' })).toBe('captions');
    expect(keyCommand({ key: 'C' })).toBe('captions');
    expect(keyCommand({ key: '?' })).toBe('help');
    expect(keyCommand({ key: 'Escape' })).toBe('close');
  });

  it('ignores other keys, and browser shortcuts', () => {
    expect(keyCommand({ key: 'm' })).toBeNull();
    expect(keyCommand({ key: 'ArrowUp' })).toBeNull();
    expect(keyCommand({ key: 'Enter' })).toBeNull();
    expect(keyCommand({ key: 'f', ctrlKey: true })).toBeNull();
    expect(keyCommand({ key: 'c', metaKey: true })).toBeNull();
    expect(keyCommand({ key: 'ArrowLeft', altKey: true })).toBeNull();
  });

  it('lists every mapped command in the help', () => {
    expect(KEY_HELP.map(([keys]) => keys)).toEqual(
      expect.arrayContaining(['Space', 'F', 'C', '?', 'Esc']),
    );
    expect(KEY_HELP.some(([, action]) => /mute/i.test(action))).toBe(false);
  });
});

describe('isTypingTarget', () => {
  it('is false outside a DOM and for non-elements', () => {
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget({} as EventTarget)).toBe(false);
  });
});
