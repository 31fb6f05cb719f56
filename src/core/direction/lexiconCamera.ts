import type { LexiconEntry } from './lexicon';

const CLOSE = ['close'] as const;

/** Camera shots, moves and cuts, and stage marks. */
export const CAMERA_LEXICON: readonly LexiconEntry[] = [
  // Camera.
  {
    rule: 'lexicon.close-shot',
    patterns: [
      'tear|tears',
      'eye|eyes',
      'face',
      'gaze',
      'smile',
      'lips',
      'cheek',
      'глаз*',
      'слез*',
      'лицо|лица|лице',
      'взгляд*',
      'улыб*',
    ],
    cue: { kind: 'shot', shots: CLOSE, subject: 'dancer' },
  },
  {
    rule: 'lexicon.detail-shot',
    patterns: [
      'hand|hands',
      'finger|fingers',
      'feet|foot',
      'toe|toes',
      'shoe|shoes',
      'рук*',
      'пальц*',
      'ног*',
    ],
    cue: { kind: 'shot', shots: ['extreme-close'], subject: 'dancer' },
  },
  {
    rule: 'lexicon.audience-shot',
    patterns: ['audience|crowd|spectator|spectators|public', 'зрител*', 'публик*'],
    cue: { kind: 'shot', shots: ['pov-audience', 'wide'], subject: 'audience' },
  },
  {
    rule: 'lexicon.house-shot',
    patterns: ['theater|theatre|house|auditorium|hall|opera', 'театр*', 'зал|зале|зала|залу'],
    cue: { kind: 'shot', shots: ['establishing', 'wide', 'pov-stage'], subject: 'stage' },
  },
  // Marks.
  {
    rule: 'lexicon.mark-center',
    patterns: ['center|centre|middle', 'центр*|середин*'],
    cue: { kind: 'mark', mark: 'center' },
  },
  {
    rule: 'lexicon.mark-edge',
    patterns: ['edge', 'краю|край|края'],
    cue: { kind: 'mark', mark: 'edge' },
  },
  {
    rule: 'lexicon.mark-downstage',
    patterns: ['downstage|footlights|apron', 'рамп*'],
    cue: { kind: 'mark', mark: 'downstage' },
  },
  {
    rule: 'lexicon.mark-upstage',
    patterns: ['upstage|backdrop', 'глубин*'],
    cue: { kind: 'mark', mark: 'upstage' },
  },
  {
    rule: 'lexicon.mark-wings',
    patterns: ['wings', 'кулис*'],
    cue: { kind: 'mark', mark: 'wings-left' },
  },
  // Camera moves and cuts.
  {
    rule: 'lexicon.feeling',
    patterns: [
      'heart|heartbeat',
      'soul',
      'emotion|emotions',
      'felt|feel|feeling',
      'thought|thoughts',
      'сердц*|серде*',
      'душ*',
      'чувств*',
    ],
    cue: { kind: 'move', move: 'dolly-in' },
  },
  {
    rule: 'lexicon.sudden',
    patterns: ['sudden*', 'erupt*', 'snap*', 'burst*', 'crash*', 'abrupt*', 'вдруг', 'внезапн*'],
    cue: { kind: 'cut' },
  },
];
