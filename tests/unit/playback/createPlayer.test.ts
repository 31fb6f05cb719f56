import { describe, expect, it, vi } from 'vitest';
import { createPlayer } from '../../../src/core/playback';
import { compileTimeline } from '../../../src/core/timeline';
import { makeCueSheet } from '../timeline/makeCueSheet';

// Four beats of 5 s: a 20 s show.
const timeline = compileTimeline(makeCueSheet([{}, {}, {}, {}]));

describe('createPlayer', () => {
  it('starts paused at 0 and ignores ticks until played', () => {
    const player = createPlayer(timeline);
    expect(player.getState()).toEqual({
      tSec: 0,
      playing: false,
      rate: 1,
      loop: false,
      loops: 0,
      beatIndex: 0,
      durationSec: 20,
    });
    player.tick(1);
    expect(player.getState().tSec).toBe(0);
  });

  it('advances by dt times the rate while playing, and stops advancing on pause', () => {
    const player = createPlayer(timeline, { rate: 2 });
    player.play();
    player.tick(1.5);
    expect(player.getState().tSec).toBe(3);
    player.setRate(0.5);
    player.tick(4);
    expect(player.getState()).toMatchObject({ tSec: 5, beatIndex: 1, playing: true });
    player.pause();
    player.tick(4);
    expect(player.getState().tSec).toBe(5);
  });

  it('ignores negative, zero and non-finite ticks', () => {
    const player = createPlayer(timeline);
    player.play();
    player.tick(-1);
    player.tick(Number.NaN);
    player.tick(Number.POSITIVE_INFINITY);
    expect(player.getState().tSec).toBe(0);
  });

  it('clamps the rate to 0.25..4', () => {
    const player = createPlayer(timeline, { rate: 10 });
    expect(player.getState().rate).toBe(4);
    player.setRate(0.01);
    expect(player.getState().rate).toBe(0.25);
    player.setRate(Number.NaN);
    expect(player.getState().rate).toBe(1);
  });

  it('stops at the end and pauses without loop; play again restarts', () => {
    const player = createPlayer(timeline);
    player.play();
    player.tick(19);
    player.tick(5);
    expect(player.getState()).toMatchObject({ tSec: 20, playing: false, loops: 0, beatIndex: 3 });
    player.play();
    expect(player.getState()).toMatchObject({ tSec: 0, playing: true });
  });

  it('wraps and counts loops with loop on', () => {
    const player = createPlayer(timeline, { loop: true });
    player.play();
    player.tick(19);
    player.tick(2);
    expect(player.getState()).toMatchObject({ playing: true, loops: 1 });
    expect(player.getState().tSec).toBeCloseTo(1, 9);
    player.setRate(4);
    player.tick(25); // 100 s of show: five more wraps
    expect(player.getState().loops).toBe(6);
    expect(player.getState().tSec).toBeCloseTo(1, 9);
    player.setLoop(false);
    player.tick(10);
    expect(player.getState()).toMatchObject({ tSec: 20, playing: false, loops: 6 });
  });

  it('seeks (clamped) and seeks to beats', () => {
    const player = createPlayer(timeline);
    player.seek(12.5);
    expect(player.getState()).toMatchObject({ tSec: 12.5, beatIndex: 2 });
    player.seek(-4);
    expect(player.getState().tSec).toBe(0);
    player.seek(99);
    expect(player.getState().tSec).toBe(20);
    player.seekBeat(1);
    expect(player.getState()).toMatchObject({ tSec: 5, beatIndex: 1 });
    player.seekBeat(42);
    expect(player.getState()).toMatchObject({ tSec: 15, beatIndex: 3 });
    player.seekBeat(-1);
    expect(player.getState()).toMatchObject({ tSec: 0, beatIndex: 0 });
  });

  it('swaps the timeline, keeping the position (clamped) or starting over', () => {
    const player = createPlayer(timeline);
    const short = compileTimeline(makeCueSheet([{ durationSec: 3 }, { durationSec: 3 }]));
    player.seek(14);
    player.setTimeline(short, true);
    expect(player.getState()).toMatchObject({ tSec: 6, durationSec: 6, beatIndex: 1 });
    expect(player.getTimeline()).toBe(short);
    player.seek(4);
    player.setTimeline(timeline);
    expect(player.getState()).toMatchObject({ tSec: 0, durationSec: 20, beatIndex: 0 });
  });

  it('notifies subscribers on each tick and never schedules itself', () => {
    const raf = vi.fn();
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    vi.stubGlobal('requestAnimationFrame', raf);
    const player = createPlayer(timeline);
    const listener = vi.fn();
    const unsubscribe = player.subscribe(listener);
    player.play();
    player.tick(0.5);
    player.tick(0.5);
    expect(listener).toHaveBeenCalledTimes(3);
    expect(listener.mock.lastCall?.[0].tSec).toBe(1);
    unsubscribe();
    player.tick(0.5);
    expect(listener).toHaveBeenCalledTimes(3);
    expect(raf).not.toHaveBeenCalled();
    expect(timeout).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
    timeout.mockRestore();
  });
});
