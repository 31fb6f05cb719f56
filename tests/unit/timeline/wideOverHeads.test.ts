import { describe, expect, it } from 'vitest';
import { compileTimeline, sampleTimeline } from '../../../src/core/timeline';
import { makeCueSheet } from './makeCueSheet';

/** Height of a standing spectator's head in the first rows (floor at -1.1 m, rows rising gently). */
const STANDING_HEAD_Y = 0.8;

describe('the wide shot in an ovation', () => {
  it('looks over the standing front rows, not up through them', () => {
    const bows = [
      { id: 'ada', action: 'reverence' as const, mark: 'downstage' as const },
      { id: 'leo', action: 'bow' as const, mark: 'downstage' as const },
    ];
    const timeline = compileTimeline(
      makeCueSheet([
        { camera: { shot: 'wide', subject: 'pair' }, audience: 'ovation', dancers: bows },
        { camera: { shot: 'wide', subject: 'ada' }, audience: 'ovation', dancers: bows },
      ]),
    );
    for (const t of [1, 3, 6, 8]) {
      const [, y, z] = sampleTimeline(timeline, t).camera.position;
      expect(z, 'a wide shot is taken from the house').toBeGreaterThan(5);
      expect(y, `camera at z=${z.toFixed(1)}`).toBeGreaterThan(STANDING_HEAD_Y + 0.3);
    }
  });
});
