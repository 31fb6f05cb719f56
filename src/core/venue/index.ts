/** The theater's dimensions, one module for the camera's limits and the stage's geometry. */
export { VENUE, HOUSE_FLOOR_Y_M, CAMERA_ARCH_MARGIN_M, THEATRE_BOX, markPosition } from './venue';
export { LIGHT_STATE_LOOKS, type StateLook } from './lightStates';
