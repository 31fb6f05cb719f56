import { useId } from 'react';

/** The prologue and epilogue as the user chose them: forced on or off, or left to the director. */
export interface FrameChoice {
  prologue?: boolean;
  epilogue?: boolean;
}

/** Props of {@link FrameChoices}. */
export interface FrameChoicesProps extends FrameChoice {
  onChange: (choice: FrameChoice) => void;
}

type Setting = 'auto' | 'on' | 'off';

const settingOf = (value: boolean | undefined): Setting =>
  value === undefined ? 'auto' : value ? 'on' : 'off';
const valueOf = (setting: string): boolean | undefined =>
  setting === 'auto' ? undefined : setting === 'on';

/** Two choices, auto / on / off: the prologue (house lights down, curtain opens) and the epilogue (curtain call). */
export function FrameChoices({ prologue, epilogue, onChange }: FrameChoicesProps) {
  const id = useId();
  const parts = [
    { key: 'prologue', label: 'Prologue', value: prologue },
    { key: 'epilogue', label: 'Epilogue', value: epilogue },
  ] as const;
  return (
    <section className="frame-choices" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="editor-heading">
        Around the story
      </h2>
      <p className="editor-hint">
        Prologue: house lights down, the curtain opens. Epilogue: the curtain call. Auto adds each
        only when the story does not stage it.
      </p>
      <div className="editor-row">
        {parts.map((part) => (
          <label key={part.key} htmlFor={`${id}-${part.key}`} className="frame-choice">
            {part.label}
            <select
              id={`${id}-${part.key}`}
              className="editor-select"
              value={settingOf(part.value)}
              onChange={(event) =>
                onChange({ prologue, epilogue, [part.key]: valueOf(event.target.value) })
              }
            >
              <option value="auto">auto</option>
              <option value="on">on</option>
              <option value="off">off</option>
            </select>
          </label>
        ))}
      </div>
    </section>
  );
}
