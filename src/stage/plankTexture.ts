import { DataTexture, RepeatWrapping, RGBAFormat, SRGBColorSpace } from 'three';

/** Deterministic 0..1 hash of an integer, so the floor looks the same on every run. */
function hash01(n: number): number {
  const s = Math.sin(n * 127.1 + 311.7) * 43758.5453;
  return s - Math.floor(s);
}

/**
 * Builds a stage-floor texture of dark warm planks (#3b2417 family) in code: per-plank tone,
 * fine grain and darker seams. One tile spans `planksPerTile` planks.
 */
export function createPlankTexture(sizePx = 256, planksPerTile = 16): DataTexture {
  const data = new Uint8Array(sizePx * sizePx * 4);
  const plankPx = sizePx / planksPerTile;
  for (let y = 0; y < sizePx; y++) {
    const plank = Math.floor(y / plankPx);
    const inPlank = (y % plankPx) / plankPx;
    const tone = 0.88 + 0.2 * hash01(plank);
    // Butt joints: each plank is cut at its own offset along its length.
    const cutX = Math.floor(hash01(plank + 40) * sizePx);
    for (let x = 0; x < sizePx; x++) {
      const grain = 0.92 + 0.08 * Math.sin(x * 0.21 + plank * 3.1 + Math.sin(x * 0.05 + plank) * 4);
      const seam = inPlank < 0.07 ? 0.72 : x === cutX ? 0.8 : 1;
      const k = tone * grain * seam;
      const i = (y * sizePx + x) * 4;
      data[i] = Math.min(255, 59 * k);
      data[i + 1] = Math.min(255, 36 * k);
      data[i + 2] = Math.min(255, 23 * k);
      data[i + 3] = 255;
    }
  }
  const texture = new DataTexture(data, sizePx, sizePx, RGBAFormat);
  texture.colorSpace = SRGBColorSpace;
  texture.wrapS = RepeatWrapping;
  texture.wrapT = RepeatWrapping;
  texture.generateMipmaps = true;
  texture.anisotropy = 4;
  texture.needsUpdate = true;
  return texture;
}
