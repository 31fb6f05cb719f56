import { describe, expect, it } from 'vitest';
import {
  nextBeatIndex,
  previousBeatIndex,
  RESTART_BEAT_AFTER_SEC,
} from '../../../../src/ui/player/beatNavigation';

const beats = [{ startSec: 0 }, { startSec: 4 }, { startSec: 10 }];

describe('beat navigation', () => {
  it('goes back one beat near a beat start, and restarts the beat when well into it', () => {
    expect(previousBeatIndex(beats, 10.2, 2)).toBe(1);
    expect(previousBeatIndex(beats, 10 + RESTART_BEAT_AFTER_SEC + 0.5, 2)).toBe(2);
    expect(previousBeatIndex(beats, 0.5, 0)).toBe(0);
  });

  it('goes forward one beat, never past the last', () => {
    expect(nextBeatIndex(beats, 0)).toBe(1);
    expect(nextBeatIndex(beats, 2)).toBe(2);
    expect(nextBeatIndex([], 0)).toBe(0);
  });
});
