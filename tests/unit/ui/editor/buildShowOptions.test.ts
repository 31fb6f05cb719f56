import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createShow, parseCueSheet, serializeCueSheet } from '../../../../src/core';
import { buildShow } from '../../../../src/ui/editor/buildShow';
import { createShowBuilder, type BuildWorker } from '../../../../src/ui/editor/showBuilder';
import { makeSheet } from './makeSheet';

// The director stands in: these tests check what the editor asks of it, not how it reads.
vi.mock('../../../../src/core', async (importOriginal) => {
  const core = await importOriginal<typeof import('../../../../src/core')>();
  const { makeSheet: fake } = await import('./makeSheet');
  return { ...core, createShow: vi.fn(fake) };
});

const directed = vi.mocked(createShow);
const text = 'Ada dances.\n\nTom watches.';
const castOverrides = [{ id: 'tom', name: 'Thomas', role: 'soloist' as const }];

beforeEach(() => {
  directed.mockClear();
});

describe('buildShow staging options', () => {
  it('passes the cast corrections and the prologue and epilogue choices to createShow', () => {
    const result = buildShow({
      kind: 'text',
      text,
      castOverrides,
      prologue: true,
      epilogue: false,
    });
    expect(directed).toHaveBeenCalledTimes(1);
    const [passedText, options] = directed.mock.calls[0]!;
    expect(passedText).toBe(text);
    expect(options).toMatchObject({ castOverrides, prologue: true, epilogue: false });
    expect(result.ok && result.sheet.beats.map((b) => b.kind)).toEqual([
      'prologue',
      'story',
      'story',
    ]);
  });

  it('leaves an undecided prologue and epilogue to the director', () => {
    buildShow({ kind: 'text', text, epilogue: true });
    const options = directed.mock.calls[0]![1]!;
    expect(options.prologue).toBeUndefined();
    expect(options.epilogue).toBe(true);
    expect(options.castOverrides).toBeUndefined();
  });

  it('keeps the corrections in the sheet it exports, even when the director leaves them out', () => {
    directed.mockImplementationOnce((t) => makeSheet(t)); // a director that drops them
    const result = buildShow({ kind: 'text', text, castOverrides });
    if (!result.ok) throw new Error(result.error);
    expect(result.sheet.castOverrides).toEqual(castOverrides);
    const reread = parseCueSheet(serializeCueSheet(result.sheet));
    expect(reread.ok && reread.sheet.castOverrides).toEqual(castOverrides);
  });
});

describe('the build request on its way to the director', () => {
  it('reaches the worker whole', () => {
    const posted: unknown[] = [];
    const worker: BuildWorker = {
      onmessage: null,
      onerror: null,
      postMessage: (message) => posted.push(message),
      terminate: () => undefined,
    };
    const request = { kind: 'text' as const, text, castOverrides, prologue: false };
    void createShowBuilder(() => worker).build(request, {});
    expect(posted).toEqual([{ id: 1, request, options: {} }]);
  });

  it('reaches createShow when there is no worker and the build runs inline', async () => {
    const builder = createShowBuilder(() => null);
    const result = await builder.build({ kind: 'text', text, castOverrides, epilogue: false }, {});
    expect(result?.ok).toBe(true);
    expect(directed.mock.calls[0]![1]).toMatchObject({ castOverrides, epilogue: false });
  });
});
