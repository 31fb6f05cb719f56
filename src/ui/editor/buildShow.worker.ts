/// <reference lib="webworker" />
import type { CompileOptions } from '../../core';
import { buildShow, type BuildRequest } from './buildShow';
import { splitIntoChunks } from './chunkTransfer';
import type { WorkerReply } from './showBuilder';

/** Objects per message: each message is deserialized in one main-thread task, so keep them small. */
const CHUNK_ITEMS = 64;

// Builds shows off the main thread; replies in chunks so the page never deserializes a whole show at once.

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (
  event: MessageEvent<{ id: number; request: BuildRequest; options: CompileOptions }>,
) => {
  const { id, request, options } = event.data;
  const post = (reply: WorkerReply) => scope.postMessage(reply);
  post({ id, type: 'progress', step: 'Directing the show…' });
  const result = buildShow(request, options);
  if (!result.ok) {
    post({ id, type: 'error', error: result.error });
    return;
  }
  const chunks = splitIntoChunks(result, CHUNK_ITEMS);
  chunks.forEach((chunk, i) => post({ id, type: 'chunk', chunk, part: i + 1, of: chunks.length }));
  post({ id, type: 'done' });
};
