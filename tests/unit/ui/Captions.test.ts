// @vitest-environment jsdom
import { act, createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileTimeline, createPlayer } from '../../../src/core';
import { Captions } from '../../../src/ui/Captions';
import { makeSheet } from './editor/makeSheet';
import { query, renderInDom } from './renderInDom';

let cleanup: (() => void) | null = null;

afterEach(() => {
  cleanup?.();
  cleanup = null;
  vi.unstubAllGlobals();
});

/** Captions inside a stand-in player with a control bar `controlsPx` high. */
function renderCaptions(sheet = makeSheet('Ada dances.\n\nTom watches.'), controlsPx = 86) {
  const player = createPlayer(compileTimeline(sheet));
  const { container, unmount } = renderInDom(
    createElement(
      'div',
      { className: 'player' },
      createElement(Captions, { player, sheet }),
      createElement('div', { className: 'controls', style: { height: `${controlsPx}px` } }),
    ),
  );
  cleanup = unmount;
  return { container, player, sheet };
}

describe('the captions', () => {
  it("show the current beat's text and follow the player", () => {
    const { container, player, sheet } = renderCaptions();
    const caption = () => query<HTMLElement>(container, '.caption');
    expect(query(container, '.caption-text').textContent).toBe('Ada dances.');
    expect(caption().hidden).toBe(false);
    act(() => player.seek(sheet.beats[1]!.startSec + 0.5));
    expect(caption().textContent).toBe('Tom watches.');
    expect(caption().dataset.beat).toBe('1');
  });

  it('hide on a beat without text', () => {
    const { container } = renderCaptions(makeSheet('Ada dances.', { prologue: true }));
    expect(query<HTMLElement>(container, '.caption').hidden).toBe(true);
  });

  it("carry the control bar's height, so they can drop into its band while it fades", () => {
    const observed: Element[] = [];
    let notify = () => {};
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          notify = callback;
        }
        observe(element: Element) {
          observed.push(element);
        }
        disconnect() {}
      },
    );
    const height = vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(86);
    const { container } = renderCaptions();
    const area = query<HTMLElement>(container, '.caption-area');
    expect(area.style.getPropertyValue('--controls-height')).toBe('86px');
    expect(observed).toEqual([query(container, '.controls')]);
    height.mockReturnValue(120);
    notify();
    expect(area.style.getPropertyValue('--controls-height')).toBe('120px');
    height.mockRestore();
  });
});
