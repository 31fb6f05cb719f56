/** A piece of a large value sent between threads: the value with big arrays emptied, or items to append. */
export type TransferChunk =
  | { type: 'skeleton'; value: unknown }
  | { type: 'append'; path: Array<string | number>; items: unknown[] };

type Path = Array<string | number>;

/**
 * Splits a plain JSON-like value into a skeleton (big arrays emptied) and append chunks, so a
 * receiving thread deserializes it a few hundred items per message instead of in one long task.
 */
export function splitIntoChunks(value: unknown, maxItems = 256): TransferChunk[] {
  const appends: TransferChunk[] = [];
  const strip = (node: unknown, path: Path): unknown => {
    if (Array.isArray(node)) {
      // Numbers clone fast; objects (beats, keys) are the slow part, so they go in smaller slices.
      const primitive = node.every((item) => item === null || typeof item !== 'object');
      const size = primitive ? maxItems * 64 : maxItems;
      if (node.length <= size) return node.map((item, i) => strip(item, [...path, i]));
      for (let start = 0; start < node.length; start += size) {
        appends.push({ type: 'append', path, items: node.slice(start, start + size) });
      }
      return [];
    }
    if (node !== null && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node)) out[key] = strip(child, [...path, key]);
      return out;
    }
    return node;
  };
  const skeleton = strip(value, []);
  return [{ type: 'skeleton', value: skeleton }, ...appends];
}

/** Rebuilds the value from its chunks, in order; call `add` per chunk and `value()` at the end. */
export function createChunkAssembler(): {
  add: (chunk: TransferChunk) => void;
  value: () => unknown;
} {
  let root: unknown;
  return {
    add(chunk) {
      if (chunk.type === 'skeleton') {
        root = chunk.value;
        return;
      }
      let target: unknown = root;
      for (const key of chunk.path) target = (target as Record<string | number, unknown>)[key];
      if (!Array.isArray(target)) throw new Error(`no array at ${chunk.path.join('.')}`);
      for (const item of chunk.items) target.push(item);
    },
    value: () => root,
  };
}
