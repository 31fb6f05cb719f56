import { describe, expect, it } from 'vitest';
import { createFaceMask, type FaceMask } from '../../../src/stage/dancer/faceMask';
import { FACE_V_RANGE, headLayoutFor } from '../../../src/stage/dancer/headShape';

const layouts = {
  female: headLayoutFor('female', 1.65),
  male: headLayoutFor('male', 1.85),
};
const masks = {
  female: createFaceMask(layouts.female, 512, 256),
  male: createFaceMask(layouts.male, 512, 256),
};

/** The mask's channels (0..1) at an angle from the front (radians) and a height (her meters). */
function at(
  mask: FaceMask,
  angle: number,
  y: number,
): { hair: number; white: number; dark: number; rose: number } {
  const [v0, v1] = FACE_V_RANGE;
  const px = Math.min(mask.width - 1, Math.floor((angle / (2 * Math.PI) + 0.5) * mask.width));
  const py = Math.min(mask.height - 1, Math.floor(((y - v0) / (v1 - v0)) * mask.height));
  const i = (py * mask.width + px) * 4;
  const d = mask.data;
  return {
    hair: d[i]! / 255,
    white: d[i + 1]! / 255,
    dark: d[i + 2]! / 255,
    rose: d[i + 3]! / 255,
  };
}

/** The largest value of a channel in a small window around a point. */
function peak(mask: FaceMask, angle: number, y: number, channel: keyof ReturnType<typeof at>) {
  let best = 0;
  for (let da = -0.06; da <= 0.06; da += 0.01)
    for (let dy = -0.004; dy <= 0.004; dy += 0.001)
      best = Math.max(best, at(mask, angle + da, y + dy)[channel]);
  return best;
}

describe('the face mask', () => {
  it.each(['female', 'male'] as const)(
    'paints two eyes: whites, dark irises, a catchlight (%s)',
    (g) => {
      const layout = layouts[g];
      const mask = masks[g];
      for (const side of [1, -1]) {
        const eye = side * layout.eye.angle;
        // The iris sits a little inward of the eye's middle.
        expect(peak(mask, eye, layout.eye.y, 'dark')).toBeGreaterThan(0.8);
        expect(peak(mask, eye + side * 0.14, layout.eye.y, 'white')).toBeGreaterThan(0.8);
        expect(peak(mask, eye, layout.eye.y, 'white')).toBeGreaterThan(0.5);
      }
    },
  );

  it.each(['female', 'male'] as const)(
    'paints brows in the hair color, lips rose, and nothing on the cheek (%s)',
    (g) => {
      const layout = layouts[g];
      const mask = masks[g];
      const browAngle = ((layout.brow.inner + layout.brow.outer) / 2 / layout.faceRadius) * 1;
      expect(peak(mask, browAngle, layout.brow.y + layout.brow.arch, 'hair')).toBeGreaterThan(0.8);
      expect(peak(mask, -browAngle, layout.brow.y + layout.brow.arch, 'hair')).toBeGreaterThan(0.8);
      expect(at(mask, 0, layout.mouth.y - layout.mouth.lower * 0.5).rose).toBeGreaterThan(
        g === 'female' ? 0.8 : 0.3,
      );
      expect(at(mask, 0, layout.mouth.y).dark).toBeGreaterThan(0.2);
      const cheek = at(mask, 0.55, layout.mouth.y + 0.02);
      expect(cheek.hair + cheek.white + cheek.dark).toBeLessThan(0.05);
    },
  );

  it.each(['female', 'male'] as const)(
    'covers the scalp with hair above the hairline, none below it (%s)',
    (g) => {
      const layout = layouts[g];
      const mask = masks[g];
      expect(at(mask, 0, 0.115).hair).toBeGreaterThan(0.95);
      expect(at(mask, Math.PI - 0.01, 0.03).hair).toBeGreaterThan(0.95);
      expect(at(mask, 0, layout.hairline(0) - 0.01).hair).toBe(0);
    },
  );

  it('is symmetric: the left of the face mirrors the right', () => {
    const mask = masks.female;
    let worst = 0;
    for (let py = 0; py < mask.height; py += 3) {
      for (let px = 0; px < mask.width / 2; px += 3) {
        const a = (py * mask.width + px) * 4;
        const b = (py * mask.width + (mask.width - 1 - px)) * 4;
        for (let c = 0; c < 4; c++)
          worst = Math.max(worst, Math.abs(mask.data[a + c]! - mask.data[b + c]!));
      }
    }
    expect(worst).toBeLessThan(40);
  });
});
