import { describe, expect, it } from 'vitest';
import { createLatestGate } from '../../../../src/ui/editor/createLatestGate';

describe('createLatestGate', () => {
  it('keeps the newest action current and retires every older one', () => {
    const gate = createLatestGate();
    const openFile = gate.take();
    expect(openFile()).toBe(true);
    const stage = gate.take();
    expect(openFile()).toBe(false);
    expect(stage()).toBe(true);
  });

  it('lets a slow older action see it was replaced even after it finishes', async () => {
    const gate = createLatestGate();
    const landed: string[] = [];
    const act = async (name: string, delayMs: number) => {
      const isLatest = gate.take();
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (isLatest()) landed.push(name);
    };
    await Promise.all([act('big dropped file', 30), act('stage it', 1)]);
    expect(landed).toEqual(['stage it']);
  });

  it('gives separate gates separate counters', () => {
    const a = createLatestGate();
    const b = createLatestGate();
    const first = a.take();
    b.take();
    expect(first()).toBe(true);
  });
});
