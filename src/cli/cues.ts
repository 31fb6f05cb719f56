/**
 * `npm run --silent cues -- FILE` (or `-` for stdin): prints the CueSheet JSON of a story.
 * Bad input: one line on stderr, exit code 2, nothing on stdout.
 */
import { createShow, serializeCueSheet } from '../core';
import { InputError, readStoryInput } from './readStoryInput';

function main(args: string[]): number {
  const path = args[0];
  if (path === undefined || args.length > 1) {
    process.stderr.write('usage: npm run --silent cues -- FILE   (or - for stdin)\n');
    return 2;
  }
  try {
    process.stdout.write(serializeCueSheet(createShow(readStoryInput(path))));
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`cues: ${message.split('\n')[0]}\n`);
    return error instanceof InputError || (error as Error).name === 'StoryError' ? 2 : 1;
  }
}

process.exitCode = main(process.argv.slice(2));
