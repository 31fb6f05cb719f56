import { useEffect, useMemo } from 'react';
import type { CastMember } from '../../core/direction/types';
import type { StageFrame } from '../../core/timeline/types';
import { ShowCanvas } from '../ShowCanvas';
import { createStageStats } from '../StatsProbe';
import { createPreviewFrame, type PreviewOptions } from './previewFrame';

const CAST: CastMember[] = [
  { id: 'valentina', name: 'Valentina', role: 'ballerina' },
  { id: 'partner', name: 'her partner', role: 'partner' },
];

function readOptions(search: string): PreviewOptions {
  const p = new URLSearchParams(search);
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

/** A dev page: ShowCanvas with one hand-made frame from the URL (?curtain=0.5&lights=spot&shot=full). */
export function StagePreview() {
  const frame = useMemo<StageFrame>(
    () => createPreviewFrame(readOptions(window.location.search)),
    [],
  );
  const stats = useMemo(() => ({ current: createStageStats() }), []);
  useEffect(() => {
    // Lets the screenshot script read renderer.info.
    (window as unknown as { stageStats?: typeof stats }).stageStats = stats;
  }, [stats]);
  return (
    <div style={{ position: 'fixed', inset: 0, background: '#000' }}>
      <ShowCanvas
        getFrame={() => frame}
        cast={CAST}
        quality="medium"
        statsRef={stats}
        onFirstFrame={() => (document.documentElement.dataset.ready = 'true')}
      />
    </div>
  );
}
