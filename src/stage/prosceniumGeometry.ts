import { BufferGeometry, Float32BufferAttribute, PlaneGeometry } from 'three';
import { VENUE } from '../core';
import { ball, boxBetween, mergeParts, rodX, rodY } from './geometryParts';

/** Half the proscenium opening and its height, meters (core/venue: the camera keeps inside them). */
export const ARCH_HALF_WIDTH_M = VENUE.archHalfWidthM;
export const ARCH_HEIGHT_M = VENUE.archHeightM;
/** The front face of the proscenium wall; the curtain hangs behind it at z = 0. */
const WALL_Z0 = 0.35;
const WALL_Z1 = 0.6;

/** A horizontal floor plane with world-space UVs (one texture tile per `tileM` meters). */
function floorPlane(x0: number, x1: number, z0: number, z1: number, tileM: number): BufferGeometry {
  const g = new PlaneGeometry(x1 - x0, z1 - z0, 1, 1);
  g.rotateX(-Math.PI / 2);
  g.translate((x0 + x1) / 2, 0, (z0 + z1) / 2);
  const pos = g.getAttribute('position');
  const uv: number[] = [];
  for (let i = 0; i < pos.count; i++) uv.push(pos.getX(i) / tileM, pos.getZ(i) / tileM);
  g.setAttribute('uv', new Float32BufferAttribute(uv, 2));
  return g;
}

/** The stage floor (12 m deep behind the curtain line) and the 2 m apron, top at y = 0. */
export function buildFloorGeometry(): BufferGeometry {
  return mergeParts([floorPlane(-11, 11, -12.5, 0, 2.4), floorPlane(-7.2, 7.2, 0, 2, 2.4)]);
}

/** The gilded frame of the arch: pilasters, header, mouldings and the crowning cartouche. */
export function buildGiltGeometry(): BufferGeometry {
  const w = ARCH_HALF_WIDTH_M;
  const h = ARCH_HEIGHT_M;
  const z = WALL_Z1;
  const parts: BufferGeometry[] = [];
  for (const side of [-1, 1]) {
    const inner = side * w;
    const outer = side * (w + 0.8);
    parts.push(boxBetween(Math.min(inner, outer), Math.max(inner, outer), 0, h, z, z + 0.16));
    // Base and capital of the pilaster, a little proud of its shaft.
    const bx0 = Math.min(inner, outer) - 0.08;
    const bx1 = Math.max(inner, outer) + 0.08;
    parts.push(boxBetween(bx0, bx1, -0.4, 0.45, z, z + 0.26));
    parts.push(boxBetween(bx0, bx1, h - 0.35, h, z, z + 0.26));
    // Flutes.
    for (let k = 1; k <= 3; k++)
      parts.push(rodY(0.5, h - 0.4, inner + side * 0.2 * k, z + 0.17, 0.045));
    // Inner bead along the opening and an outer frame line.
    parts.push(rodY(0, h, inner, z + 0.12, 0.08));
    parts.push(rodY(-0.4, h + 1.9, side * (w + 1.6), z + 0.04, 0.07));
  }
  parts.push(boxBetween(-w - 0.8, w + 0.8, h, h + 1.1, z, z + 0.16));
  parts.push(rodX(-w, w, h, z + 0.12, 0.08));
  parts.push(rodX(-w - 0.9, w + 0.9, h + 0.12, z + 0.2, 0.06));
  parts.push(rodX(-w - 0.9, w + 0.9, h + 0.98, z + 0.2, 0.06));
  parts.push(boxBetween(-w - 1.0, w + 1.0, h + 1.1, h + 1.35, z, z + 0.32));
  parts.push(rodX(-w - 1.6, w + 1.6, h + 1.9, z + 0.04, 0.07));
  // Cartouche and its scrolls above the keystone.
  parts.push(ball(0, h + 1.75, z + 0.3, 0.75, 1.3, 0.9, 0.25));
  parts.push(ball(-1.1, h + 1.55, z + 0.25, 0.32, 1.4, 0.8, 0.3));
  parts.push(ball(1.1, h + 1.55, z + 0.25, 0.32, 1.4, 0.8, 0.3));
  // Pit rail cap and the footlight trough lip.
  parts.push(rodX(-8, 8, -0.08, 5.1, 0.07));
  parts.push(rodX(-7.2, 7.2, 0.13, 1.98, 0.03));
  return mergeParts(parts);
}

/** The proscenium wall around the opening, the pit, below-stage faces and the footlight trough. */
export function buildArchWallGeometry(): BufferGeometry {
  const w = ARCH_HALF_WIDTH_M;
  const h = ARCH_HEIGHT_M;
  return mergeParts([
    boxBetween(-12, -w, -1.2, 16, WALL_Z0, WALL_Z1),
    boxBetween(w, 12, -1.2, 16, WALL_Z0, WALL_Z1),
    boxBetween(-w, w, h, 16, WALL_Z0, WALL_Z1),
    // Apron front, pit floor, pit side walls and the rail wall.
    boxBetween(-7.2, 7.2, -3.4, 0, 1.9, 2.0),
    boxBetween(-8, 8, -3.6, -3.4, 2, 5),
    boxBetween(-8.2, -8, -3.4, -0.1, 0.6, 5),
    boxBetween(8, 8.2, -3.4, -0.1, 0.6, 5),
    boxBetween(-8, 8, -3.4, -0.1, 5, 5.2),
    // The footlight trough hood, hiding the bulbs from the house.
    boxBetween(-7.2, 7.2, 0, 0.12, 1.93, 2.0),
  ]);
}

/** Black masking: three pairs of legs, their borders and the ground row before the cyclorama. */
export function buildMaskingGeometry(): BufferGeometry {
  const parts: BufferGeometry[] = [];
  for (const z of [-2, -5, -8]) {
    parts.push(boxBetween(-10, -6.9, 0, 9.5, z - 0.03, z + 0.03));
    parts.push(boxBetween(6.9, 10, 0, 9.5, z - 0.03, z + 0.03));
    parts.push(boxBetween(-10, 10, 7.6, 9.5, z - 0.03, z + 0.03));
  }
  parts.push(boxBetween(-12, 12, 0, 0.55, -11.3, -11.1));
  parts.push(boxBetween(-11.2, -11, 0, 14, -12.5, 0.35));
  parts.push(boxBetween(11, 11.2, 0, 14, -12.5, 0.35));
  return mergeParts(parts);
}

/** The swagged velvet valance across the top of the opening, hem scalloped in five swags. */
export function buildValanceGeometry(): BufferGeometry {
  const halfW = ARCH_HALF_WIDTH_M + 0.2;
  const g = new PlaneGeometry(halfW * 2, 1, 72, 4);
  const pos = g.getAttribute('position');
  for (let i = 0; i < pos.count; i++) {
    const x = pos.getX(i);
    const v = pos.getY(i) + 0.5; // 0 at hem, 1 at the top
    const swag = Math.abs(Math.sin((Math.PI * 5 * (x + halfW)) / (halfW * 2)));
    const hemY = 7.05 + 0.45 * (1 - swag);
    const y = hemY + v * (8.4 - hemY);
    const fold = 0.07 * Math.sin(x * 9) * (1 - 0.5 * v) + 0.12 * swag * (1 - v);
    pos.setXYZ(i, x, y, 0.22 + fold);
  }
  g.computeVertexNormals();
  return g;
}
