/**
 * The layer of objects the floor reflection skips (the house, the audience, the exit signs): the
 * show camera sees it too, the reflection camera only sees layer 0. Behind or below the viewer,
 * they never show in the floor, and leaving them out saves their draw calls and the extra shader
 * programs of the off-screen pass.
 */
export const UNREFLECTED_LAYER = 1;

/** The layer an object is drawn on: UNREFLECTED_LAYER when the floor reflects, else the default 0. */
export function unreflectedLayer(reflections: boolean): number {
  return reflections ? UNREFLECTED_LAYER : 0;
}
