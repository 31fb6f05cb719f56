import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { serializeCueSheet, type Player } from '../../core';
import type { ShowSource } from '../useShowSource';
import { BeatList } from './BeatList';
import { CastList } from './CastList';
import { createLatestGate } from './createLatestGate';
import { downloadText, sheetFileName } from './downloadText';
import './editor.css';
import { FrameChoices } from './FrameChoices';
import { readDroppedFile } from './readDroppedFile';
import type { StoryOptions } from './storyOptions';
import { useFileDrop } from './useFileDrop';

/** Props of {@link EditorPanel}. */
export interface EditorPanelProps {
  source: ShowSource;
  player: Player;
}

/** Texts longer than this are not copied into the text box (it would make typing slow). */
const MAX_EDITABLE_CHARS = 200_000;

/** What the text box shows for a show's text: the text, or nothing when it is too long to edit. */
function boxText(text: string): string {
  return text.length <= MAX_EDITABLE_CHARS ? text : '';
}

/** "Your story": paste or open a story, import/export the cue sheet, and read the beats and cues. */
export function EditorPanel({ source, player }: EditorPanelProps) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const textRef = useRef<HTMLTextAreaElement>(null);
  const storyInputRef = useRef<HTMLInputElement>(null);
  const sheetInputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const { loadText, loadSheetJson, reportError, clearError } = source;
  // Each user action (open, import, stage) takes a token: a slow file read that a newer action overtook is dropped.
  const [gate] = useState(createLatestGate);
  // The text last staged from the box, and the show text the box was last synced to.
  const stagedTextRef = useRef<string | null>(null);
  const syncedTextRef = useRef(source.text);
  // Staging choices (cast corrections, prologue, epilogue) the user made while the show they
  // change builds: shown at once, dropped when any show lands (its options are then the truth).
  const [pending, setPending] = useState<{ base: StoryOptions; options: StoryOptions } | null>(
    null,
  );
  const staging = pending?.base === source.options ? pending.options : source.options;

  const openFile = useCallback(
    async (file: File, asSheet = false) => {
      const isLatest = gate.take();
      setOpen(true);
      setPending(null); // a new story starts from the director's reading
      clearError();
      const opened = await readDroppedFile(file, asSheet);
      if (!isLatest()) return;
      if (opened.kind === 'error') return reportError(opened.error);
      if (opened.kind === 'sheet') {
        setNote(`Imported “${file.name}”.`);
        return void (await loadSheetJson(opened.json));
      }
      if (textRef.current) textRef.current.value = boxText(opened.text);
      setNote(
        opened.text.length <= MAX_EDITABLE_CHARS
          ? `Opened “${file.name}”.`
          : `Opened “${file.name}” (${(file.size / 1e6).toFixed(1)} MB).`,
      );
      await loadText(opened.text);
    },
    [clearError, gate, loadSheetJson, loadText, reportError],
  );
  const dragging = useFileDrop(openFile);

  // A show that came from elsewhere (an opened file, an imported sheet, a restored story) fills the box,
  // so "Stage it" never rebuilds older text; a show staged from the box leaves the user's typing alone.
  useEffect(() => {
    if (source.text === syncedTextRef.current) return;
    syncedTextRef.current = source.text;
    if (source.text === stagedTextRef.current) return;
    if (textRef.current) textRef.current.value = boxText(source.text);
  }, [source.text]);

  useEffect(() => {
    if (!open) return;
    const close = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [open]);

  const stage = () => {
    gate.take();
    setNote('');
    const text = textRef.current?.value ?? '';
    stagedTextRef.current = text;
    // Hand edits (e.g. from an imported cue sheet) stay on every beat whose text is unchanged,
    // cast corrections on every person still read with the same id.
    void loadText(text, staging);
  };
  // A cast correction or a prologue/epilogue choice restages the current show's text.
  const restage = async (options: StoryOptions) => {
    const isLatest = gate.take();
    setNote('');
    setPending({ base: source.options, options });
    const ok = await loadText(source.text, options);
    if (!ok && isLatest()) setPending(null);
  };
  const pick = (input: HTMLInputElement | null) => {
    if (input) input.value = '';
    input?.click();
  };
  const onPicked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) void openFile(file, event.target === sheetInputRef.current);
  };

  return (
    <>
      <button
        type="button"
        className="editor-toggle"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
      >
        Your story
      </button>
      {dragging && (
        <div className="editor-drop" aria-hidden="true">
          Drop a story (.txt, .md) or a cue sheet (.json)
        </div>
      )}
      <aside id={`${id}-panel`} className="editor-panel" hidden={!open} aria-label="Your story">
        <header className="editor-header">
          <h2 className="editor-title">Your story</h2>
          <button
            type="button"
            className="editor-close"
            aria-label="Close"
            onClick={() => setOpen(false)}
          >
            ×
          </button>
        </header>
        <div className="editor-body">
          <label htmlFor={`${id}-text`} className="editor-label">
            Paste a story, or open a .txt or .md file (or drop it anywhere)
          </label>
          <textarea
            id={`${id}-text`}
            ref={textRef}
            className="editor-text"
            rows={6}
            spellCheck={false}
            defaultValue={boxText(source.text)}
            aria-describedby={`${id}-status`}
          />
          <div className="editor-row">
            <button type="button" className="editor-button editor-primary" onClick={stage}>
              Stage it
            </button>
            <button
              type="button"
              className="editor-button"
              onClick={() => pick(storyInputRef.current)}
            >
              Open file…
            </button>
            <input
              ref={storyInputRef}
              type="file"
              accept=".txt,.md,.markdown,.text,text/plain,text/markdown"
              hidden
              data-testid="story-file"
              onChange={onPicked}
            />
          </div>
          <div id={`${id}-status`} className="editor-status">
            {source.error !== null && (
              <p className="editor-error" role="alert">
                {source.error}
              </p>
            )}
            <p role="status" className="editor-progress">
              {source.building ? `Building… ${source.progress}` : note}
            </p>
          </div>
          <FrameChoices
            prologue={staging.prologue}
            epilogue={staging.epilogue}
            onChange={(choice) => void restage({ ...staging, ...choice })}
          />
          <CastList
            cast={source.sheet.cast}
            castOverrides={staging.castOverrides ?? []}
            onChange={(castOverrides) => void restage({ ...staging, castOverrides })}
          />
          <div className="editor-row">
            <button
              type="button"
              className="editor-button"
              onClick={() =>
                downloadText(sheetFileName(source.sheet.title), serializeCueSheet(source.sheet))
              }
            >
              Export cue sheet
            </button>
            <button
              type="button"
              className="editor-button"
              onClick={() => pick(sheetInputRef.current)}
            >
              Import cue sheet…
            </button>
            <input
              ref={sheetInputRef}
              type="file"
              accept=".json,application/json"
              hidden
              data-testid="sheet-file"
              onChange={onPicked}
            />
          </div>
          {open && <BeatList sheet={source.sheet} player={player} />}
        </div>
      </aside>
    </>
  );
}
