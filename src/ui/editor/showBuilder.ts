import type { CompileOptions } from '../../core';
import { buildShow, type BuildRequest, type BuildResult } from './buildShow';
import { createChunkAssembler, type TransferChunk } from './chunkTransfer';

/** A message from the build worker about request `id`. */
export type WorkerReply =
  | { id: number; type: 'progress'; step: string }
  | { id: number; type: 'chunk'; chunk: TransferChunk; part: number; of: number }
  | { id: number; type: 'done' }
  | { id: number; type: 'error'; error: string };

/** Builds shows in a Web Worker (or inline where workers are missing); a newer build supersedes older ones. */
export interface ShowBuilder {
  /** Resolves with the result, or null when a newer build replaced this one. */
  build: (
    request: BuildRequest,
    options: CompileOptions,
    onProgress?: (step: string) => void,
  ) => Promise<BuildResult | null>;
  dispose: () => void;
}

/** Creates a builder backed by buildShow.worker.ts. */
export function createShowBuilder(): ShowBuilder {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./buildShow.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  let latest = 0;
  const pending = new Map<number, (result: BuildResult | null) => void>();

  if (!worker) {
    return {
      build: async (request, options) => {
        const id = ++latest;
        await new Promise((resolve) => setTimeout(resolve, 0));
        const result = buildShow(request, options);
        return id === latest ? result : null;
      },
      dispose: () => undefined,
    };
  }

  const progress = new Map<number, (step: string) => void>();
  const assemblers = new Map<number, ReturnType<typeof createChunkAssembler>>();
  const settle = (id: number, result: BuildResult | null) => {
    pending.get(id)?.(id === latest ? result : null);
    pending.delete(id);
    progress.delete(id);
    assemblers.delete(id);
  };
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (reply.id !== latest) return settle(reply.id, null);
    if (reply.type === 'progress') progress.get(reply.id)?.(reply.step);
    else if (reply.type === 'error') settle(reply.id, { ok: false, error: reply.error });
    else if (reply.type === 'chunk') {
      let assembler = assemblers.get(reply.id);
      if (!assembler) assemblers.set(reply.id, (assembler = createChunkAssembler()));
      assembler.add(reply.chunk);
      if (reply.part === 1 || reply.part % 25 === 0) {
        progress.get(reply.id)?.(
          `Setting the stage… ${Math.round((reply.part / reply.of) * 100)}%`,
        );
      }
    } else {
      const value = assemblers.get(reply.id)?.value() as BuildResult | undefined;
      settle(reply.id, value ?? { ok: false, error: 'The show could not be built.' });
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle(latest, { ok: false, error: `The show could not be built (${event.message}).` });
  };

  return {
    build: (request, options, onProgress) => {
      const id = ++latest;
      for (const old of [...pending.keys()]) if (old !== id) settle(old, null);
      return new Promise((resolve) => {
        pending.set(id, resolve);
        if (onProgress) progress.set(id, onProgress);
        worker.postMessage({ id, request, options });
      });
    },
    dispose: () => {
      worker.terminate();
      for (const id of [...pending.keys()]) settle(id, null);
    },
  };
}
