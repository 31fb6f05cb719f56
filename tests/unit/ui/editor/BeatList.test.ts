// @vitest-environment jsdom
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { compileTimeline, createPlayer } from '../../../../src/core';
import { BeatList } from '../../../../src/ui/editor/BeatList';
import { renderInDom } from '../renderInDom';
import { makeSheet } from './makeSheet';

let cleanup: (() => void) | null = null;

afterEach(() => {
  cleanup?.();
  cleanup = null;
});

describe('the beat list', () => {
  it('says what happens in a prologue and an epilogue, and gives story beats their text', () => {
    const sheet = makeSheet('Ada dances.\n\nTom watches.', { prologue: true, epilogue: true });
    const player = createPlayer(compileTimeline(sheet));
    const { container, unmount } = renderInDom(createElement(BeatList, { sheet, player }));
    cleanup = unmount;
    const rows = [...container.querySelectorAll('.beat')].map((row) => [
      row.classList.contains('beat-story'),
      row.querySelector('.beat-text')?.textContent,
    ]);
    expect(rows).toEqual([
      [false, 'Prologue: house lights down, curtain opens'],
      [true, 'Ada dances.'],
      [true, 'Tom watches.'],
      [false, 'Epilogue, the curtain call: bows, applause, curtain open'],
    ]);
  });
});
