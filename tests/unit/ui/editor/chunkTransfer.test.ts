import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileTimeline, createShow } from '../../../../src/core';
import { createChunkAssembler, splitIntoChunks } from '../../../../src/ui/editor/chunkTransfer';

const seed = readFileSync('assets/stories/seed-story.txt', 'utf8');

function roundTrip(value: unknown, maxItems: number): { chunks: number; out: unknown } {
  const chunks = splitIntoChunks(value, maxItems);
  const assembler = createChunkAssembler();
  // structuredClone stands in for postMessage between threads.
  for (const chunk of chunks) assembler.add(structuredClone(chunk));
  return { chunks: chunks.length, out: assembler.value() };
}

describe('splitIntoChunks', () => {
  it('rebuilds a show and its timeline exactly, in many small messages', () => {
    const sheet = createShow(`${seed}\n\n${seed}`);
    const value = { text: seed, sheet, timeline: compileTimeline(sheet) };
    const { chunks, out } = roundTrip(value, 8);
    expect(out).toEqual(value);
    expect(chunks).toBeGreaterThan(sheet.beats.length / 8);
  });

  it('keeps no slice of objects longer than the limit', () => {
    const value = { items: Array.from({ length: 50 }, (_, i) => ({ i })), nested: { n: [1, 2] } };
    const chunks = splitIntoChunks(value, 7);
    for (const chunk of chunks) {
      if (chunk.type === 'append') expect(chunk.items.length).toBeLessThanOrEqual(7);
    }
    expect(chunks[0]).toEqual({ type: 'skeleton', value: { items: [], nested: { n: [1, 2] } } });
    expect(roundTrip(value, 7).out).toEqual(value);
  });

  it('sends a small value as its skeleton alone', () => {
    expect(splitIntoChunks({ a: [1, 2, 3], b: 'x' })).toHaveLength(1);
    expect(roundTrip(null, 4).out).toBeNull();
  });
});
