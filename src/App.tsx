import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { seedSheetJson, seedText } from 'virtual:seed-show';
import { createPlayer, sampleTimeline, type StageFrame } from './core';
import { ShowCanvas, type StageStats } from './stage/ShowCanvas';
import { createStageStats } from './stage/StatsProbe';
import { EditorPanel } from './ui/editor/EditorPanel';
import { StageBoundary } from './ui/editor/StageBoundary';
import { StageFallback } from './ui/editor/StageFallback';
import { TitleCard } from './ui/editor/TitleCard';
import { webglAllowed, webglAvailable } from './ui/editor/webglSupport';
import { exposeApi } from './ui/exposeApi';
import { PlayerUi } from './ui/PlayerUi';
import { parseShowParams } from './ui/showParams';
import { useAnimationClock } from './ui/useAnimationClock';
import { useShowSource, type ShowSeed } from './ui/useShowSource';

/** The default show, directed at build time (vite.config.ts): the page only parses and compiles it. */
const SEED: ShowSeed = { text: seedText, sheetJson: seedSheetJson };

/** The show: the story's timeline drawn on the stage, the player around it, driven by one clock. */
export function App() {
  const [params] = useState(() => parseShowParams(window.location.search));
  const [webgl, setWebgl] = useState(
    () => webglAllowed(window.location.search) && webglAvailable(),
  );
  const [ready, setReady] = useState(false);
  const source = useShowSource(SEED);
  const { sheet, timeline } = source;
  const [player] = useState(() => {
    // A kiosk plays the show round and round.
    const created = createPlayer(timeline, { loop: params.kiosk });
    if (params.beat !== undefined) created.seekBeat(params.beat);
    else if (params.tSec !== undefined) created.seek(params.tSec);
    created.play();
    return created;
  });
  const statsRef = useRef<StageStats>(createStageStats());
  // Uptime counts from the page's start, not from the last story loaded.
  const [startedMs] = useState(() => performance.now());
  const frameRef = useRef<StageFrame | null>(null);

  // A new show keeps the position when it can; in a layout effect, so no frame pairs the new
  // sheet with the old timeline.
  useLayoutEffect(() => {
    if (player.getTimeline() !== timeline) {
      player.setTimeline(timeline, true);
      frameRef.current = null;
    }
  }, [player, timeline]);
  useEffect(() => exposeApi(player, sheet, statsRef, startedMs), [player, sheet, startedMs]);
  useAnimationClock(useCallback((dtSec: number) => player.tick(dtSec), [player]));

  const getFrame = useCallback(() => {
    const playing = player.getTimeline();
    frameRef.current = sampleTimeline(
      playing,
      player.getState().tSec,
      frameRef.current ?? undefined,
    );
    return frameRef.current;
  }, [player]);
  const onFirstFrame = useCallback(() => {
    document.documentElement.dataset.ready = 'true';
    setReady(true);
  }, []);
  const onStageFail = useCallback(() => {
    statsRef.current = createStageStats();
    setWebgl(false);
  }, []);
  // Without a 3D stage the captions over the painted stage are the first frame.
  useEffect(() => {
    if (!webgl) document.documentElement.dataset.ready = 'true';
  }, [webgl]);

  return (
    <main className="show">
      {webgl ? (
        <StageBoundary onFail={onStageFail}>
          <ShowCanvas
            getFrame={getFrame}
            cast={sheet.cast}
            quality={params.quality === 'auto' ? 'medium' : params.quality}
            onFirstFrame={onFirstFrame}
            statsRef={statsRef}
          />
        </StageBoundary>
      ) : (
        <StageFallback />
      )}
      <PlayerUi player={player} sheet={sheet} captions={params.captions || !webgl} />
      <EditorPanel source={source} player={player} />
      <TitleCard
        title={sheet.title}
        ready={ready || !webgl}
        progress={source.building ? source.progress : 'Setting the stage…'}
      />
    </main>
  );
}
