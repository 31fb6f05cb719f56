import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import seedStory from '../assets/stories/seed-story.txt?raw';
import { compileTimeline, createPlayer, createShow, sampleTimeline, type StageFrame } from './core';
import { ShowCanvas, type StageStats } from './stage/ShowCanvas';
import { Captions } from './ui/Captions';
import { exposeApi } from './ui/exposeApi';
import { parseShowParams } from './ui/showParams';
import { useAnimationClock } from './ui/useAnimationClock';

const EMPTY_STATS: StageStats = {
  fps: 0,
  drawCalls: 0,
  triangles: 0,
  programs: 0,
  geometries: 0,
  textures: 0,
  contextLosses: 0,
};

/** The show: the story's timeline drawn on the stage, with captions, driven by one clock. */
export function App() {
  const params = useMemo(() => parseShowParams(window.location.search), []);
  const [sheet] = useState(() => createShow(seedStory));
  const timeline = useMemo(() => compileTimeline(sheet), [sheet]);
  const [player] = useState(() => {
    const created = createPlayer(timeline);
    if (params.beat !== undefined) created.seekBeat(params.beat);
    else if (params.tSec !== undefined) created.seek(params.tSec);
    created.play();
    return created;
  });
  const statsRef = useRef<StageStats>({ ...EMPTY_STATS });
  const frameRef = useRef<StageFrame | null>(null);

  useEffect(() => exposeApi(player, sheet, statsRef), [player, sheet]);
  useAnimationClock(useCallback((dtSec: number) => player.tick(dtSec), [player]));

  const getFrame = useCallback(() => {
    const tSec = player.getState().tSec;
    frameRef.current = sampleTimeline(timeline, tSec, frameRef.current ?? undefined);
    return frameRef.current;
  }, [player, timeline]);
  const onFirstFrame = useCallback(() => {
    document.documentElement.dataset.ready = 'true';
  }, []);

  return (
    <main className="show">
      <ShowCanvas
        getFrame={getFrame}
        cast={sheet.cast}
        quality={params.quality === 'auto' ? 'medium' : params.quality}
        onFirstFrame={onFirstFrame}
        statsRef={statsRef}
      />
      {params.captions && <Captions player={player} sheet={sheet} />}
    </main>
  );
}
