import { useEffect, useState } from 'react';
import './titleCard.css';

/** Props of {@link TitleCard}. */
export interface TitleCardProps {
  title: string;
  /** The first frame is drawn: the card fades out, then leaves the page. */
  ready: boolean;
  /** What is being prepared, e.g. "Setting the stage…". */
  progress: string;
}

const FADE_MS = 800;

/** The show's title card over the stage until the first frame is drawn. */
export function TitleCard({ title, ready, progress }: TitleCardProps) {
  const [gone, setGone] = useState(false);
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => setGone(true), FADE_MS);
    return () => clearTimeout(timer);
  }, [ready]);
  if (gone) return null;
  return (
    <div className={`title-card${ready ? ' title-card-done' : ''}`} aria-hidden={ready}>
      <p className="title-card-brand">Proscenium</p>
      <h1 className="title-card-title">{title}</h1>
      <div className="title-card-bar" role="progressbar" aria-label={progress} />
      <p className="title-card-progress">{progress}</p>
    </div>
  );
}
