import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../../src/core';
import { makeCueSheet } from './makeCueSheet';

describe('shots that see the subject', () => {
  it('moves the camera around a dancer standing between it and the subject', () => {
    // Leo downstage, right in front of Ada at center as the house sees her.
    const sheet = makeCueSheet([
      {
        camera: { shot: 'medium', subject: 'ada', move: 'static' },
        dancers: [
          { id: 'ada', action: 'stand', mark: 'center' },
          { id: 'leo', action: 'stand', mark: 'downstage' },
        ],
      },
    ]);
    const [shot] = compileTimeline(sheet).shots;
    expect(Math.abs(shot!.azimuthDeg)).toBeGreaterThanOrEqual(25);
  });

  it('keeps the planned angle when nobody is in the way', () => {
    const sheet = makeCueSheet([
      {
        camera: { shot: 'medium', subject: 'ada', move: 'static' },
        dancers: [
          { id: 'ada', action: 'stand', mark: 'center' },
          { id: 'leo', action: 'stand', mark: 'edge' },
        ],
      },
    ]);
    const [shot] = compileTimeline(sheet).shots;
    expect(Math.abs(shot!.azimuthDeg)).toBeLessThan(25);
  });

  it('shows an arabesque from the side, where its line is, not straight from the house', () => {
    const sheet = makeCueSheet([
      {
        camera: { shot: 'full', subject: 'ada', move: 'static' },
        dancers: [
          { id: 'ada', action: 'arabesque', mark: 'center' },
          { id: 'leo', action: 'wait-in-wings', mark: 'wings-right' },
        ],
      },
    ]);
    const [shot] = compileTimeline(sheet).shots;
    expect(Math.abs(shot!.azimuthDeg)).toBeGreaterThanOrEqual(40);
  });
});
