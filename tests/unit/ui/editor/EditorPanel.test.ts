// @vitest-environment jsdom
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileTimeline, createPlayer } from '../../../../src/core';
import { EditorPanel } from '../../../../src/ui/editor/EditorPanel';
import type { StoryOptions } from '../../../../src/ui/editor/storyOptions';
import type { ShowSource } from '../../../../src/ui/useShowSource';
import { blur, click, query, renderInDom, typeInto } from '../renderInDom';
import { makeSheet } from './makeSheet';

const story = 'Ada dances.\n\nTom watches.';
let cleanup: (() => void) | null = null;

afterEach(() => {
  cleanup?.();
  cleanup = null;
});

/** A show as useShowSource holds it (staged with `options`), whose loadText only records its calls. */
function fakeSource(text: string, options: StoryOptions = {}): ShowSource {
  const sheet = makeSheet(text, options);
  return {
    text,
    sheet,
    timeline: compileTimeline(sheet),
    options,
    building: false,
    progress: '',
    error: null,
    loadText: vi.fn(async () => true),
    loadSheetJson: vi.fn(async () => true),
    reportError: vi.fn(),
    clearError: vi.fn(),
  };
}

function renderPanel(source: ShowSource): HTMLElement {
  const player = createPlayer(source.timeline);
  const { container, unmount } = renderInDom(createElement(EditorPanel, { source, player }));
  cleanup = unmount;
  click(query(container, '.editor-toggle')); // open the panel
  return container;
}

const field = <T extends Element>(panel: HTMLElement, label: string) =>
  query<T>(panel, `[aria-label="${label}"]`);
const lastLoad = (source: ShowSource) => vi.mocked(source.loadText).mock.calls.at(-1);

describe('cast corrections in the editor', () => {
  it('lists the cast the director read', () => {
    const panel = renderPanel(fakeSource(story));
    expect(field<HTMLInputElement>(panel, 'Name of Ada').value).toBe('Ada');
    expect(field<HTMLSelectElement>(panel, 'Gender of Tom').value).toBe('male');
    expect(field<HTMLSelectElement>(panel, 'Role of Tom').value).toBe('character');
  });

  it('restages the current story with a corrected name, shown at once', () => {
    const source = fakeSource(story);
    const panel = renderPanel(source);
    const name = field<HTMLInputElement>(panel, 'Name of Tom');
    typeInto(name, 'Thomas ');
    expect(source.loadText).not.toHaveBeenCalled(); // not while typing
    blur(name);
    expect(lastLoad(source)).toEqual([story, { castOverrides: [{ id: 'tom', name: 'Thomas' }] }]);
    expect(field<HTMLInputElement>(panel, 'Name of Thomas').value).toBe('Thomas');
  });

  it('merges a gender or role correction into the member’s entry', () => {
    const source = fakeSource(story, { castOverrides: [{ id: 'tom', name: 'Thomas' }] });
    const panel = renderPanel(source);
    typeInto(field(panel, 'Role of Thomas'), 'soloist');
    expect(lastLoad(source)?.[1]).toEqual({
      castOverrides: [{ id: 'tom', name: 'Thomas', role: 'soloist' }],
    });
  });

  it('keeps the corrections when edited text is staged', () => {
    const castOverrides = [{ id: 'tom', role: 'soloist' as const }];
    const source = fakeSource(story, { castOverrides, prologue: false });
    const panel = renderPanel(source);
    const edited = `${story}\n\nThen Ada bows.`;
    typeInto(query(panel, '.editor-text'), edited);
    click(query(panel, '.editor-primary'));
    expect(lastLoad(source)).toEqual([edited, { castOverrides, prologue: false }]);
  });

  it('undoes a correction', () => {
    const source = fakeSource(story, { castOverrides: [{ id: 'ada', gender: 'male' }] });
    const panel = renderPanel(source);
    click(field(panel, 'Undo the correction of Ada'));
    expect(lastLoad(source)?.[1]?.castOverrides).toEqual([]);
  });

  it('never offers a change that leaves no dancer', () => {
    const panel = renderPanel(fakeSource(story));
    const roles = (label: string) =>
      [...field<HTMLSelectElement>(panel, label).options].map((o) => o.value);
    expect(roles('Role of Ada')).not.toContain('character'); // Ada is the only dancer
    expect(roles('Role of Tom')).toEqual(['lead', 'partner', 'soloist', 'character']);
  });
});

describe('prologue and epilogue in the editor', () => {
  it('passes auto, on and off to the build', () => {
    const source = fakeSource(story);
    const panel = renderPanel(source);
    const [prologue, epilogue] = [
      ...panel.querySelectorAll<HTMLSelectElement>('.frame-choice select'),
    ];
    expect(prologue?.value).toBe('auto');
    typeInto(prologue!, 'on');
    expect(lastLoad(source)).toEqual([story, { prologue: true }]);
    typeInto(epilogue!, 'off');
    expect(lastLoad(source)).toEqual([story, { prologue: true, epilogue: false }]);
    typeInto(prologue!, 'auto');
    expect(lastLoad(source)?.[1]).toEqual({ epilogue: false });
    expect(lastLoad(source)?.[1]?.prologue).toBeUndefined();
  });
});
