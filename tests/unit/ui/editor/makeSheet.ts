import type { BeatCues, CastOverride, CreateShowOptions, CueSheet } from '../../../../src/core';

/** One beat of a stand-in sheet: plain cues, four seconds. */
function beat(index: number, kind: BeatCues['kind'], text = '', start = 0): BeatCues {
  const span: Pick<BeatCues, 'paragraph' | 'span'> =
    kind === 'story' ? { paragraph: index, span: [start, start + text.length] } : {};
  return {
    index,
    kind,
    text,
    ...span,
    mood: 'calm',
    startSec: index * 4,
    durationSec: 4,
    camera: { shot: 'wide', subject: 'ada', move: 'static', transition: 'cut' },
    lights: {
      state: kind === 'prologue' ? 'preshow' : 'wash',
      follow: [],
      intensity: 1,
      color: '#ffffff',
    },
    dancers: [{ id: 'ada', action: kind === 'epilogue' ? 'bow' : 'stand', mark: 'center' }],
    stage: {
      curtain: kind === 'prologue' ? 'opening' : 'open',
      audience: kind === 'epilogue' ? 'applause' : 'seated',
    },
    music: { level: 0.5 },
    why: [],
  };
}

/**
 * A valid version-2 sheet for `text` that stands in for the director in UI tests: one dancer
 * ("ada") and one character ("tom"), one story beat per paragraph, a prologue and an epilogue
 * when asked, and the cast corrections applied as a director would.
 */
export function makeSheet(text: string, options: CreateShowOptions = {}): CueSheet {
  const beats: BeatCues[] = [];
  if (options.prologue) beats.push(beat(0, 'prologue'));
  let start = 0;
  for (const paragraph of text.split('\n\n')) {
    beats.push(beat(beats.length, 'story', paragraph, start));
    start += paragraph.length + 2;
  }
  if (options.epilogue) beats.push(beat(beats.length, 'epilogue'));
  const correct = (member: CueSheet['cast'][number]) => {
    const fix: CastOverride | undefined = options.castOverrides?.find((o) => o.id === member.id);
    return fix ? { ...member, ...fix } : member;
  };
  return {
    version: 2,
    title: options.title ?? text.slice(0, 20),
    durationSec: beats.length * 4,
    cast: [
      correct({ id: 'ada', name: 'Ada', gender: 'female', role: 'lead' }),
      correct({ id: 'tom', name: 'Tom', gender: 'male', role: 'character' }),
    ],
    beats,
    ...(options.castOverrides?.length ? { castOverrides: options.castOverrides } : {}),
  };
}
