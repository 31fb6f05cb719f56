import { pointIndex, type Rig } from '../core';
import type { Costume } from './costumesFor';
import type { BodyLook } from './dancer/bodyMaterial';
import { restPoints } from './dancer/dancerSkeleton';

/**
 * Where a costume's colors change on its wearer's body: the ballerina's bodice with its
 * sweetheart neckline over bare shoulders and arms, tights and ribboned pointe shoes; the
 * danseur's long-sleeved tunic with a round neck over tights; a character's cardigan over a
 * blouse or jacket over a shirt, in a V, with long sleeves. Heights are the rig's rest heights.
 */
export function lookFor(costume: Costume, rig: Rig): BodyLook {
  const s = rig.heightM / 1.65;
  const wristY = restPoints(rig)[pointIndex('wristL')]!.y;
  const sleeved = wristY + 0.012 * s;
  const bare = 99;
  const base = {
    colors: costume.colors,
    vNeck: [0, 0] as [number, number],
    collarY: 0,
    beltY: 99,
    trim: { color: '#000000', widthM: 0 },
  };
  // A dancer's neckline is edged in gold braid (ART.md's gilding, softened).
  const braid = { color: '#c9a45c', widthM: 0.006 * s };
  switch (costume.cut) {
    case 'tutu':
      return {
        ...base,
        neckline: [1.292 * s, 0.026 * s, 0.105 * s, 1.3 * s],
        waistY: -1,
        sleeveY: bare,
        ribbons: true,
        trim: braid,
      };
    case 'tunic':
      return {
        ...base,
        neckline: [1.428 * s, 0, 0.1 * s, 1.445 * s],
        vNeck: [0.022 * s, 0.05 * s],
        waistY: 0.99 * s,
        sleeveY: sleeved,
        ribbons: false,
        trim: braid,
        // The tunic's skirt is belted in the same braid at the waist.
        beltY: 1.025 * s,
      };
    case 'skirt':
      return {
        ...base,
        neckline: [1.415 * s, 0, 0.1 * s, 1.445 * s],
        vNeck: [0.1 * s, 0.075 * s],
        collarY: 1.42 * s,
        waistY: -1,
        sleeveY: sleeved,
        ribbons: false,
      };
    case 'jacket':
      return {
        ...base,
        neckline: [1.425 * s, 0, 0.1 * s, 1.455 * s],
        vNeck: [0.15 * s, 0.07 * s],
        collarY: 1.448 * s,
        waistY: 0.99 * s,
        sleeveY: sleeved,
        ribbons: false,
      };
  }
}
