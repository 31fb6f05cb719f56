/**
 * The engine's only import path for stage/, ui/, kiosk/ and cli/: text -> beats -> cue sheet ->
 * timeline -> StageFrame, the dancers' rig and poses, and the clock-driven player.
 */
export * from './story';
export * from './direction';
export * from './cuesheet';
export * from './timeline';
export * from './choreography';
export * from './playback';
export { VENUE, HOUSE_FLOOR_Y_M, CAMERA_ARCH_MARGIN_M, LIGHT_STATE_LOOKS } from './venue';
export { createShow, StoryError, type CreateShowOptions } from './createShow';
