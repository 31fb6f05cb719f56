import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCueSheet } from '../../../src/core/cuesheet';

const dir = mkdtempSync(join(tmpdir(), 'proscenium-cli-'));

function cues(arg: string, input?: string | Buffer) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/cues.ts', arg], {
    input,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('cues CLI', () => {
  it('prints a valid cue sheet for the seed story', () => {
    const { code, stdout, stderr } = cues('assets/stories/seed-story.txt');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = parseCueSheet(stdout);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.sheet.beats.length).toBeGreaterThan(10);
  });

  it('reads stdin when the file is "-"', () => {
    const { code, stdout } = cues('-', 'She leapt across the stage. The curtain fell slowly.');
    expect(code).toBe(0);
    expect(parseCueSheet(stdout).ok).toBe(true);
  });

  const bad: Array<[string, () => ReturnType<typeof cues>, RegExp]> = [
    ['an empty file', () => cues(file('empty.txt', '')), /is empty/],
    ['a whitespace-only file', () => cues(file('blank.txt', ' \n\t\r\n ')), /is empty/],
    ['empty stdin', () => cues('-', ''), /stdin: is empty/],
    [
      'a binary file',
      () => cues(file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))),
      /binary/,
    ],
    [
      'invalid UTF-8',
      () => cues(file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x21]))),
      /not UTF-8/,
    ],
    ['a missing file', () => cues(join(dir, 'nope.txt')), /cannot read \(ENOENT\)/],
    ['a directory', () => cues(dir), /cannot read/],
  ];
  for (const [name, run, message] of bad) {
    it(`refuses ${name}: one line on stderr, exit 2, nothing on stdout`, () => {
      const { code, stdout, stderr } = run();
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
    });
  }
});
