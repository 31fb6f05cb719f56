import { PNG } from 'pngjs';

/** Luminance statistics of a PNG screenshot. */
export interface PixelStats {
  meanLuma: number;
  /** Standard deviation of luminance: near 0 for a flat (blank) image. */
  stdLuma: number;
  /** Share of pixels brighter than 8/255. */
  litShare: number;
}

function luma(data: Buffer, i: number): number {
  return 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
}

/** Measures how much there is to see in a screenshot. */
export function pixelStats(png: Buffer): PixelStats {
  const { data, width, height } = PNG.sync.read(png);
  const count = width * height;
  let sum = 0;
  let sumSq = 0;
  let lit = 0;
  for (let i = 0; i < data.length; i += 4) {
    const y = luma(data, i);
    sum += y;
    sumSq += y * y;
    if (y > 8) lit++;
  }
  const mean = sum / count;
  return {
    meanLuma: mean,
    stdLuma: Math.sqrt(Math.max(sumSq / count - mean * mean, 0)),
    litShare: lit / count,
  };
}

/** Mean absolute luminance difference between two screenshots of the same size, 0..255. */
export function pixelDifference(a: Buffer, b: Buffer): number {
  const imageA = PNG.sync.read(a);
  const imageB = PNG.sync.read(b);
  if (imageA.width !== imageB.width || imageA.height !== imageB.height) return 255;
  let total = 0;
  for (let i = 0; i < imageA.data.length; i += 4) {
    total += Math.abs(luma(imageA.data, i) - luma(imageB.data, i));
  }
  return total / (imageA.width * imageA.height);
}
