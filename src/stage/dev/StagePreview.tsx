import { useEffect, useState } from 'react';
import seedStory from '../../../assets/stories/seed-story.txt?raw';
import { compileTimeline, createShow, sampleTimeline } from '../../core';
import type { CastMember, StageFrame } from '../../core';
import { ShowCanvas } from '../ShowCanvas';
import { createStageStats } from '../StatsProbe';
import { createPreviewFrame, type PreviewOptions } from './previewFrame';

const CAST: CastMember[] = [
  { id: 'valentina', name: 'Valentina', role: 'ballerina' },
  { id: 'partner', name: 'her partner', role: 'partner' },
];

function readOptions(p: URLSearchParams): PreviewOptions {
  const num = (k: string) => (p.has(k) ? Number(p.get(k)) : undefined);
  return {
    curtain: num('curtain'),
    lights: (p.get('lights') ?? undefined) as PreviewOptions['lights'],
    shot: (p.get('shot') ?? undefined) as PreviewOptions['shot'],
    audience: (p.get('audience') ?? undefined) as PreviewOptions['audience'],
    excitement: num('excitement'),
    poseA: p.get('poseA') ?? undefined,
    poseB: p.get('poseB') ?? undefined,
    weight: num('weight'),
  };
}

/** The seed story's show sampled at `tSec` (played on from there when `play` is set). */
function createShowSource(
  tSec: number,
  play: boolean,
): { cast: CastMember[]; getFrame: () => StageFrame } {
  const sheet = createShow(seedStory);
  const timeline = compileTimeline(sheet);
  const startMs = performance.now();
  let frame: StageFrame | undefined;
  return {
    cast: sheet.cast,
    getFrame: () => {
      const t = play ? tSec + (performance.now() - startMs) / 1000 : tSec;
      frame = sampleTimeline(timeline, t, frame);
      return frame;
    },
  };
}

/** The frames the page draws: the seed show when the URL has `t`, else one hand-made frame. */
function createPreviewSource(search: string): { cast: CastMember[]; getFrame: () => StageFrame } {
  const params = new URLSearchParams(search);
  if (params.has('t')) return createShowSource(Number(params.get('t')), params.has('play'));
  const frame = createPreviewFrame(readOptions(params));
  return { cast: CAST, getFrame: () => frame };
}

/**
 * A dev page: ShowCanvas with a hand-made frame from the URL (?curtain=0.5&lights=spot&shot=full),
 * or the seed story's show at a time (?t=SEC, add &play=1 to run on).
 */
export function StagePreview() {
  const [source] = useState(() => createPreviewSource(window.location.search));
  const [stats] = useState(() => ({ current: createStageStats() }));
  useEffect(() => {
    // Lets the screenshot script read renderer.info.
    (window as unknown as { stageStats?: typeof stats }).stageStats = stats;
  }, [stats]);
  return (
    <div style={{ position: 'fixed', inset: 0, background: '#000' }}>
      <ShowCanvas
        getFrame={source.getFrame}
        cast={source.cast}
        quality="medium"
        statsRef={stats}
        onFirstFrame={() => (document.documentElement.dataset.ready = 'true')}
      />
    </div>
  );
}
