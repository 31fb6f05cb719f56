/** Names of the transport's icons. */
export type IconName =
  'play' | 'pause' | 'previous' | 'next' | 'loop' | 'captions' | 'story' | 'help' | 'fullscreen';

const PATHS: Record<IconName, string> = {
  play: 'M8 5v14l11-7z',
  pause: 'M6 5h4v14H6zM14 5h4v14h-4z',
  previous: 'M6 5h2v14H6zM9.5 12 19 5v14z',
  next: 'M16 5h2v14h-2zM5 5l9.5 7L5 19z',
  loop: 'M7 7h10v3l4-4-4-4v3H5v6h2zM17 17H7v-3l-4 4 4 4v-3h12v-6h-2z',
  captions:
    'M4 5h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm1 2v10h14V7zm2 2h4v2H9v2h2v2H7zm6 0h4v2h-2v2h2v2h-4z',
  story: 'M4 6h16v2H4zM4 11h16v2H4zM4 16h10v2H4z',
  help: 'M11 17h2v2h-2zM12 5a4 4 0 0 1 4 4c0 2.5-3 2.8-3 5h-2c0-3.2 3-3.4 3-5a2 2 0 0 0-4 0H8a4 4 0 0 1 4-4z',
  fullscreen: 'M4 4h6v2H6v4H4zM14 4h6v6h-2V6h-4zM4 14h2v4h4v2H4zM18 14h2v6h-6v-2h4z',
};

/** A 24-unit square icon in the current text colour, hidden from screen readers (its button has the label). */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
