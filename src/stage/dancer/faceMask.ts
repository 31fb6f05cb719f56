import { FACE_V_RANGE, type HeadLayout } from './headShape';

/** A face mask: RGBA bytes, row 0 at v = 0 (below the chin), u = 0.5 the middle of the face. */
export interface FaceMask {
  width: number;
  height: number;
  /**
   * R: hair (the scalp and the brows, in the hair's color); G: white (the eyes, their catchlights);
   * B: dark (irises, pupils, lash lines, the line of the mouth); A: rose (lips, blush, eye shadow).
   */
  data: Uint8Array;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
/** Coverage of a shape at signed distance `d` (negative inside), antialiased over `aa` meters. */
const cover = (d: number, aa: number) => clamp01(0.5 - d / (2 * aa));
const smoothstep = (e0: number, e1: number, x: number) => {
  const t = clamp01((x - e0) / (e1 - e0));
  return t * t * (3 - 2 * t);
};
const gauss = (x: number, y: number, sx: number, sy: number) =>
  Math.exp(-0.5 * ((x / sx) ** 2 + (y / sy) ** 2));

/** The four channels at one point of the face: X (arc length across, meters), Y (height), angle. */
function shade(
  layout: HeadLayout,
  X: number,
  Y: number,
  line: number,
  aa: number,
): [number, number, number, number] {
  const female = layout.gender === 'female';
  const { eye, brow, mouth } = layout;
  const ax = Math.abs(X);
  // Hair: the scalp above the hairline (`line`, the hairline's height at this angle).
  let hair = smoothstep(line - 0.0008, line + 0.0012, Y);
  // Away from the face there is only the hair (most of the texture: skip the features).
  if (ax > 0.08 || Y < -0.045 || Y > 0.066) return [hair, 0, 0, 0];
  let white = 0;
  let dark = 0;
  let rose = 0;

  // The eyes: an almond, its outer corner lifted by `tilt`, the iris looking a little inward.
  const cx = eye.angle * layout.faceRadius;
  const lx = ax - cx;
  const ly = Y - eye.y - eye.tilt * lx;
  const w = eye.halfWidth;
  if (Math.abs(lx) < w + 0.009 && Math.abs(ly) < 0.02) {
    const across = clamp01(1 - (lx / w) ** 2);
    const upperEdge = eye.upper * across ** 0.8 * (1 + 0.15 * (lx / w));
    const lowerEdge = -eye.lower * across ** 0.9;
    const inEye = Math.max(ly - upperEdge, lowerEdge - ly, Math.abs(lx) - w);
    const eyeCover = cover(inEye, aa);
    const irisR = w * (female ? 0.44 : 0.42);
    const ix = lx + 0.0008;
    const iy = ly + 0.0004;
    const irisD = Math.hypot(ix, iy);
    const iris = cover(irisD - irisR, aa) * eyeCover;
    const pupil = cover(irisD - irisR * 0.42, aa);
    const rim = cover(Math.abs(irisD - irisR * 0.94) - irisR * 0.08, aa);
    const catchlight =
      cover(Math.hypot(ix - irisR * 0.32, iy - irisR * 0.36) - irisR * 0.2, aa) * iris;
    white = eyeCover * (1 - iris) + catchlight;
    dark = iris * Math.max(0.82, pupil, rim) * (1 - catchlight);
    // Lash lines: the upper one bold (winged at the outer corner on her), the lower one faint.
    if (Math.abs(lx) < w + 0.005) {
      const lash = female ? 0.0015 : 0.0009;
      const taper = female ? 0.6 + 0.6 * smoothstep(-w, w, lx) : 0.8;
      const upperLine = Math.abs(ly - upperEdge - lash * 0.35 * taper) - lash * 0.5 * taper;
      const onLid = Math.abs(lx) < w ? cover(upperLine, aa) : 0;
      let wing = 0;
      if (female && lx > w * 0.85) {
        const t = (lx - w * 0.85) / 0.0045;
        const wy = eye.upper * 0.1 + (lx - w * 0.85) * 0.55;
        wing = t < 1 ? cover(Math.abs(ly - wy) - lash * 0.5 * (1 - t), aa) : 0;
      }
      const lowerLine =
        Math.abs(lx) < w * 0.9 ? cover(Math.abs(ly - lowerEdge + 0.0003) - 0.00025, aa) * 0.45 : 0;
      const crease =
        Math.abs(lx) < w * 0.85 ? cover(Math.abs(ly - upperEdge - 0.0032) - 0.0002, aa) * 0.22 : 0;
      dark = Math.max(dark, onLid, wing, lowerLine, crease);
      white *= 1 - Math.max(onLid, lowerLine);
    }
    if (female)
      rose = Math.max(rose, 0.32 * gauss(lx + 0.001, ly - eye.upper - 0.003, 0.012, 0.004));
  }

  // Brows: an arch from the inner end to a tapering tail.
  const t = (ax - brow.inner) / (brow.outer - brow.inner);
  if (t > -0.1 && t < 1.1) {
    const tc = clamp01(t);
    const by = brow.y + brow.arch * Math.sin(Math.PI * tc ** 0.7) - 0.002 * tc * tc;
    const thick = brow.thick * (1 - 0.55 * tc);
    const len = brow.outer - brow.inner;
    // Past either end the distance runs along the brow; within them the band's own.
    const beyond = t < 0 ? -t * len : t > 1 ? (t - 1) * len : -1;
    const d = Math.max(Math.abs(Y - by) - thick / 2, beyond);
    hair = Math.max(hair, 0.92 * cover(d, aa * 1.5));
  }

  // Lips: the upper with a cupid's bow, the lower fuller; the line between them dark.
  const hw = mouth.halfWidth;
  if (ax < hw) {
    const along = 1 - (ax / hw) ** 2;
    const mouthLine = mouth.y + 0.0009 * (ax / hw) ** 2;
    const bow = 1 - 0.22 * Math.exp(-((X / 0.0028) ** 2));
    const top = mouthLine + mouth.upper * along ** 0.6 * bow;
    const bottom = mouthLine - mouth.lower * along ** 0.55;
    const lips = cover(Math.max(Y - top, bottom - Y), aa);
    rose = Math.max(rose, lips * (female ? 0.95 : 0.42));
    dark = Math.max(dark, cover(Math.abs(Y - mouthLine) - 0.00035, aa) * (0.55 * along ** 0.3));
  }
  // A soft contour down each side of the nose, so it reads from the front as well as in profile.
  const noseSide = Math.abs(ax - (0.0068 + 0.004 * smoothstep(0.03, 0.004, Y)));
  const alongNose = smoothstep(0.04, 0.028, Y) * smoothstep(-0.003, 0.006, Y);
  dark = Math.max(dark, 0.1 * alongNose * cover(noseSide - 0.0012, aa * 3));
  // The nostrils, under the tip of the nose.
  dark = Math.max(dark, 0.1 * cover(Math.hypot((ax - 0.0058) / 1.7, Y + 0.0012) - 0.0009, aa));
  // Blush on the cheeks.
  rose = Math.max(rose, (female ? 0.2 : 0.08) * gauss(ax - 0.045, Y - 0.01, 0.011, 0.01));
  // Nothing of the face where the hair is (the brows aside).
  const bare = 1 - smoothstep(line - 0.0008, line + 0.0012, Y);
  return [hair, white * bare, dark * bare, rose * bare];
}

/**
 * The face and hairline of `layout`, painted in code as masks the body material mixes its
 * costume's colors with: stylized like a porcelain figurine (clean almond eyes with dark irises
 * and a catchlight, arched brows, defined lips), never blank. 1024 × 512 texels by default.
 */
export function createFaceMask(layout: HeadLayout, width = 1024, height = 512): FaceMask {
  const data = new Uint8Array(width * height * 4);
  const [v0, v1] = FACE_V_RANGE;
  const aa = Math.max((2 * Math.PI * layout.faceRadius) / width, (v1 - v0) / height) * 0.75;
  const angles = Array.from({ length: width }, (_, px) => ((px + 0.5) / width - 0.5) * 2 * Math.PI);
  const lines = angles.map((angle) => layout.hairline(angle));
  for (let py = 0; py < height; py++) {
    const Y = v0 + ((py + 0.5) / height) * (v1 - v0);
    for (let px = 0; px < width; px++) {
      const X = angles[px]! * layout.faceRadius;
      const [r, g, b, a] = shade(layout, X, Y, lines[px]!, aa);
      const i = (py * width + px) * 4;
      data[i] = Math.round(r * 255);
      data[i + 1] = Math.round(g * 255);
      data[i + 2] = Math.round(b * 255);
      data[i + 3] = Math.round(a * 255);
    }
  }
  return { width, height, data };
}
