import { readFileSync } from 'node:fs';

/** Why a CLI input was refused; `message` is the one line printed on stderr. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Rejects input that is not a readable story: empty, white space only, or binary. */
export function decodeStory(bytes: Uint8Array, source: string): string {
  if (bytes.includes(0)) throw new InputError(`${source}: looks like a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${source}: is not UTF-8 text`);
  }
  if (text.trim() === '') throw new InputError(`${source}: is empty (no story to stage)`);
  return text;
}

/** Reads a story from a file path, or from stdin when the path is "-". */
export function readStoryInput(path: string): string {
  const source = path === '-' ? 'stdin' : path;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new InputError(`${source}: cannot read (${code})`);
  }
  return decodeStory(bytes, source);
}
