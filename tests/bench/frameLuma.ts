import { PNG } from 'pngjs';

/** Luma above which a pixel counts as lit for the near-black test (0..1). */
export const BRIGHT_LUMA = 0.25;
/** A frame with fewer than this share of pixels above BRIGHT_LUMA is near-black. */
export const NEAR_BLACK_SHARE = 0.01;

/** How lit one screenshot is, as a viewer would judge it. */
export interface FrameLuma {
  /** Mean Rec.709 luma of the sRGB pixel values, 0..1. */
  meanLuma: number;
  /** Share of pixels with luma above BRIGHT_LUMA. */
  brightShare: number;
  nearBlack: boolean;
}

/** Rec.709 luma (0.2126 R + 0.7152 G + 0.0722 B) of a PNG's sRGB values, averaged and thresholded. */
export function frameLuma(png: Buffer): FrameLuma {
  const { data, width, height } = PNG.sync.read(png);
  const count = width * height;
  let sum = 0;
  let bright = 0;
  const threshold = BRIGHT_LUMA * 255;
  for (let i = 0; i < data.length; i += 4) {
    const y = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
    sum += y;
    if (y > threshold) bright++;
  }
  const brightShare = bright / count;
  return { meanLuma: sum / count / 255, brightShare, nearBlack: brightShare < NEAR_BLACK_SHARE };
}

/** The median of `values` (the mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
