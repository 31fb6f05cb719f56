import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildShow } from '../../../../src/ui/editor/buildShow';
import { splitIntoChunks } from '../../../../src/ui/editor/chunkTransfer';
import {
  createShowBuilder,
  type BuildWorker,
  type WorkerReply,
} from '../../../../src/ui/editor/showBuilder';

const seed = readFileSync('assets/stories/seed-story.txt', 'utf8');
const story = seed.split('\n\n').slice(0, 4).join('\n\n');

interface FakeWorker extends BuildWorker {
  posted: { id: number }[];
  terminated: boolean;
  reply: (reply: WorkerReply) => void;
  fail: (message: string) => void;
}

/** A worker that records what it is sent and answers only when told to. */
function fakeWorker(): FakeWorker {
  const fake: FakeWorker = {
    onmessage: null,
    onerror: null,
    posted: [],
    terminated: false,
    postMessage: (message) => fake.posted.push(message as { id: number }),
    terminate: () => {
      fake.terminated = true;
    },
    reply: (reply) => fake.onmessage?.({ data: reply } as MessageEvent<WorkerReply>),
    fail: (message) =>
      fake.onerror?.({ message, preventDefault: () => undefined } as unknown as ErrorEvent),
  };
  return fake;
}

describe('createShowBuilder', () => {
  it('assembles a worker reply sent in chunks', async () => {
    const worker = fakeWorker();
    const builder = createShowBuilder(() => worker);
    const built = builder.build({ kind: 'text', text: story }, {});
    const id = worker.posted[0]!.id;
    const expected = buildShow({ kind: 'text', text: story });
    const chunks = splitIntoChunks(expected, 16);
    chunks.forEach((chunk, i) =>
      worker.reply({ id, type: 'chunk', chunk, part: i + 1, of: chunks.length }),
    );
    worker.reply({ id, type: 'done' });
    expect(await built).toEqual(expected);
  });

  it('settles a pending build inline when the worker fails to load', async () => {
    const worker = fakeWorker();
    const builder = createShowBuilder(() => worker);
    const built = builder.build({ kind: 'text', text: story }, {});
    worker.fail('Failed to fetch module');
    expect(worker.terminated).toBe(true);
    const result = await built;
    expect(result?.ok).toBe(true);
    if (result?.ok) expect(result.text).toBe(story);
  });

  it('builds inline after the worker died, never posting to it again', async () => {
    const worker = fakeWorker();
    const builder = createShowBuilder(() => worker);
    void builder.build({ kind: 'text', text: story }, {});
    worker.fail('worker crashed');
    const sent = worker.posted.length;
    const later = await builder.build({ kind: 'text', text: seed }, {});
    expect(worker.posted).toHaveLength(sent);
    expect(later?.ok).toBe(true);
    if (later?.ok) expect(later.text).toBe(seed);
  });

  it('settles a superseded build with null when the worker dies', async () => {
    const worker = fakeWorker();
    const builder = createShowBuilder(() => worker);
    const older = builder.build({ kind: 'text', text: seed }, {});
    const newer = builder.build({ kind: 'text', text: story }, {});
    worker.fail('worker crashed');
    expect(await older).toBeNull();
    const result = await newer;
    expect(result?.ok && result.text).toBe(story);
  });

  it('builds inline when no worker can be started', async () => {
    const builder = createShowBuilder(() => null);
    const result = await builder.build({ kind: 'text', text: '' }, {});
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^The story is empty/) });
  });
});
