import { BufferGeometry, Float32BufferAttribute, PlaneGeometry } from 'three';

/** Columns across one curtain half and rows up its height. */
export const CURTAIN_COLS = 64;
export const CURTAIN_ROWS = 8;
/** Fringe columns per curtain column (the tassels are finer than the folds). */
const FRINGE_PER_COL = 3;
/** The hem of the velvet and the foot of the gold fringe, meters above the stage. */
const HEM_Y_M = 0.24;
const FRINGE_FOOT_Y_M = 0.03;
const TOP_Y_M = 8.7;
/** Where each half is tied off, behind the pilasters, and its closed and gathered widths. */
const OUTER_X_M = 7.7;
const CLOSED_WIDTH_M = 7.8;
const OPEN_WIDTH_M = 1.25;
const FOLDS = 9;

/** A curtain half as a plane ready to be laid out; `side` -1 is house left, +1 house right. */
export function createCurtainHalfGeometry(): BufferGeometry {
  return new PlaneGeometry(1, 1, CURTAIN_COLS, CURTAIN_ROWS);
}

/** A strip of gold fringe under the hem of one half, two rows of vertices. */
export function createFringeGeometry(): BufferGeometry {
  return new PlaneGeometry(1, 1, CURTAIN_COLS * FRINGE_PER_COL, 1);
}

/**
 * Lays out one curtain half for an opening of `open` (0 closed .. 1 gathered at the side):
 * the half narrows toward its tie-off, its folds deepen as it gathers, and the hem trails
 * a little behind the leading edge mid-travel. Pure in `open`, so scrubbing never pops.
 */
export function layoutCurtainHalf(
  velvet: BufferGeometry,
  fringe: BufferGeometry,
  open: number,
  side: -1 | 1,
): void {
  const width = CLOSED_WIDTH_M + (OPEN_WIDTH_M - CLOSED_WIDTH_M) * open;
  const gather = 1 - width / CLOSED_WIDTH_M;
  const foldAmpM = 0.09 + 0.34 * gather;
  const trailM = 0.35 * Math.sin(Math.PI * open);
  const zBase = side < 0 ? 0 : -0.09;
  const place = (u: number, y: number, out: Float32Array, i: number): void => {
    const low = 1 - y / TOP_Y_M;
    const x = side * (OUTER_X_M - u * width + u * low * low * trailM);
    const fold = Math.sin(2 * Math.PI * FOLDS * u + side) * foldAmpM * (0.8 + 0.2 * low);
    const ripple = 0.03 * Math.sin(y * 0.9 + u * 13);
    out[i] = x;
    out[i + 1] = y;
    out[i + 2] = zBase + fold + ripple;
  };
  const pos = velvet.getAttribute('position') as Float32BufferAttribute;
  const arr = pos.array as Float32Array;
  for (let r = 0; r <= CURTAIN_ROWS; r++) {
    // PlaneGeometry rows run top to bottom.
    const y = TOP_Y_M - (r / CURTAIN_ROWS) * (TOP_Y_M - HEM_Y_M);
    for (let c = 0; c <= CURTAIN_COLS; c++) {
      place(
        side < 0 ? c / CURTAIN_COLS : 1 - c / CURTAIN_COLS,
        y,
        arr,
        (r * (CURTAIN_COLS + 1) + c) * 3,
      );
    }
  }
  pos.needsUpdate = true;
  velvet.computeVertexNormals();
  velvet.computeBoundingSphere();

  const fpos = fringe.getAttribute('position') as Float32BufferAttribute;
  const farr = fpos.array as Float32Array;
  const fcols = CURTAIN_COLS * FRINGE_PER_COL;
  for (let r = 0; r <= 1; r++) {
    const y = r === 0 ? HEM_Y_M + 0.02 : FRINGE_FOOT_Y_M;
    for (let c = 0; c <= fcols; c++) {
      const i = (r * (fcols + 1) + c) * 3;
      place(side < 0 ? c / fcols : 1 - c / fcols, y, farr, i);
      // Alternate the tassels in depth so they catch the light as separate strands.
      farr[i + 2] = (farr[i + 2] ?? 0) + (c % 2 === 0 ? 0.025 : -0.01) + 0.02;
    }
  }
  fpos.needsUpdate = true;
  fringe.computeVertexNormals();
  fringe.computeBoundingSphere();
}
