import type { CompileOptions } from '../../core';
import type { BuildRequest, BuildResult } from './buildShow';
import { createChunkAssembler, type TransferChunk } from './chunkTransfer';

/** A message from the build worker about request `id`. */
export type WorkerReply =
  | { id: number; type: 'progress'; step: string }
  | { id: number; type: 'chunk'; chunk: TransferChunk; part: number; of: number }
  | { id: number; type: 'done' }
  | { id: number; type: 'error'; error: string };

/** The part of a Worker the builder uses, so tests can pass a fake. */
export interface BuildWorker {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage: (message: unknown) => void;
  terminate: () => void;
}

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

/** Starts buildShow.worker.ts, or returns null where module workers are missing. */
function startBuildWorker(): BuildWorker | null {
  try {
    return new Worker(new URL('./buildShow.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

interface Pending {
  request: BuildRequest;
  options: CompileOptions;
  resolve: (result: BuildResult | null) => void;
  onProgress?: (step: string) => void;
  assembler?: ReturnType<typeof createChunkAssembler>;
}

/** Creates a builder backed by a worker; builds inline when it can't start, and from then on when it fails. */
export function createShowBuilder(
  startWorker: () => BuildWorker | null = startBuildWorker,
): ShowBuilder {
  let worker = startWorker();
  let latest = 0;
  const pending = new Map<number, Pending>();

  // The director is loaded on the main thread only when there is no worker to run it.
  const buildInline = async (id: number, request: BuildRequest, options: CompileOptions) => {
    const { buildShow } = await import('./buildShow');
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (id !== latest) return null;
    const result = buildShow(request, options);
    return id === latest ? result : null;
  };
  const settle = (id: number, result: BuildResult | null) => {
    pending.get(id)?.resolve(id === latest ? result : null);
    pending.delete(id);
  };
  // A worker that failed to load or died answers nothing more: build what it held inline instead.
  const abandonWorker = () => {
    worker?.terminate();
    worker = null;
    for (const [id, entry] of [...pending]) {
      pending.delete(id);
      void buildInline(id, entry.request, entry.options).then(entry.resolve);
    }
  };

  if (worker) {
    worker.onmessage = (event) => {
      const reply = event.data;
      const entry = pending.get(reply.id);
      if (!entry) return;
      if (reply.id !== latest) return settle(reply.id, null);
      if (reply.type === 'progress') entry.onProgress?.(reply.step);
      else if (reply.type === 'error') settle(reply.id, { ok: false, error: reply.error });
      else if (reply.type === 'chunk') {
        const assembler = (entry.assembler ??= createChunkAssembler());
        assembler.add(reply.chunk);
        if (reply.part === 1 || reply.part % 25 === 0) {
          entry.onProgress?.(`Setting the stage… ${Math.round((reply.part / reply.of) * 100)}%`);
        }
      } else {
        const value = entry.assembler?.value() as BuildResult | undefined;
        settle(reply.id, value ?? { ok: false, error: 'The show could not be built.' });
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      abandonWorker();
    };
  }

  return {
    build: (request, options, onProgress) => {
      const id = ++latest;
      for (const old of [...pending.keys()]) settle(old, null);
      if (!worker) return buildInline(id, request, options);
      const live = worker;
      return new Promise((resolve) => {
        pending.set(id, { request, options, resolve, onProgress });
        try {
          live.postMessage({ id, request, options });
        } catch {
          abandonWorker();
        }
      });
    },
    dispose: () => {
      worker?.terminate();
      worker = null;
      for (const id of [...pending.keys()]) settle(id, null);
    },
  };
}
