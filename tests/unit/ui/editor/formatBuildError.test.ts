import { describe, expect, it } from 'vitest';
import { parseCueSheet } from '../../../../src/core';
import { formatSheetErrors } from '../../../../src/ui/editor/formatBuildError';

describe('formatSheetErrors', () => {
  it('says when the file is not JSON at all', () => {
    const parsed = parseCueSheet('{"version": 1,');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(formatSheetErrors(parsed.errors)).toMatch(/^This file is not valid JSON: /);
  });

  it('lists the first problems with their paths and counts the rest', () => {
    const errors = Array.from(
      { length: 7 },
      (_, i) => `beats[${i}].camera.shot: expected one of "wide"`,
    );
    const message = formatSheetErrors(errors).split('\n');
    expect(message[0]).toBe('This cue sheet has 7 problems:');
    expect(message[1]).toBe('beats[0].camera.shot: expected one of "wide"');
    expect(message).toHaveLength(6);
    expect(message[5]).toBe('… and 3 more');
  });

  it('words a single problem in the singular', () => {
    expect(formatSheetErrors(['title: is missing (expected string)'])).toBe(
      'This cue sheet has a problem:\ntitle: is missing (expected string)',
    );
  });
});
