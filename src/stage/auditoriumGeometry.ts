import {
  BufferGeometry,
  CylinderGeometry,
  Float32BufferAttribute,
  PlaneGeometry,
  TorusGeometry,
} from 'three';
import { HOUSE_FLOOR_Y_M, VENUE } from '../core';
import { ball, boxBetween, mergeParts } from './geometryParts';

/** Seating rake (core/venue): the first row on the auditorium floor, below the stage. */
export const FIRST_ROW_Z_M = VENUE.firstRowZM;
export const ROW_PITCH_M = VENUE.rowPitchM;
export const ROW_RISE_M = VENUE.rowRiseM;
export const ROW_COUNT = VENUE.rowCount;
export { HOUSE_FLOOR_Y_M };

/** The auditorium shell: stepped floor, side walls with boxes, the back wall and the ceiling. */
export function buildAuditoriumGeometry(): BufferGeometry {
  const parts: BufferGeometry[] = [boxBetween(-11.5, 11.5, -1.3, HOUSE_FLOOR_Y_M, 5.2, 6)];
  for (let r = 0; r < ROW_COUNT; r++) {
    const z = FIRST_ROW_Z_M + r * ROW_PITCH_M;
    const top = HOUSE_FLOOR_Y_M + r * ROW_RISE_M;
    parts.push(boxBetween(-11.5, 11.5, -1.3, top, z - ROW_PITCH_M / 2, z + ROW_PITCH_M / 2));
  }
  const backZ = FIRST_ROW_Z_M + ROW_COUNT * ROW_PITCH_M + 1.5;
  parts.push(boxBetween(-11.5, 11.5, -1.3, 0.2, backZ - 1.5, backZ));
  parts.push(boxBetween(-12, 12, -1.3, 16, backZ, backZ + 0.3));
  parts.push(boxBetween(-12, 12, 15.6, 16, 0.6, backZ));
  for (const side of [-1, 1]) {
    parts.push(boxBetween(side * 11.5 - 0.15, side * 11.5 + 0.15, -1.3, 16, 0.6, backZ));
    // Two tiers of boxes: a shallow curved parapet standing out from each side wall.
    for (const tierY of [2.6, 5.4]) {
      for (const z of [2.2, 5.2]) {
        const g = new CylinderGeometry(1.3, 1.3, 1.0, 12, 1, true, 0, Math.PI);
        g.scale(0.55, 1, 1);
        g.rotateY(side > 0 ? Math.PI : 0);
        g.translate(side * 11.35, tierY - 0.5, z);
        parts.push(g);
      }
    }
  }
  return mergeParts(parts);
}

/** Gilded rails on the box parapets, continuing the gold of the arch into the house. */
export function buildBoxRailGeometry(): BufferGeometry {
  const parts: BufferGeometry[] = [];
  for (const side of [-1, 1]) {
    for (const tierY of [2.6, 5.4]) {
      for (const z of [2.2, 5.2]) {
        const rail = new TorusGeometry(1.3, 0.05, 5, 14, Math.PI);
        rail.rotateZ(-Math.PI / 2);
        rail.rotateX(Math.PI / 2);
        rail.scale(0.55, 1, 1);
        rail.rotateY(side > 0 ? Math.PI : 0);
        parts.push(rail.translate(side * 11.35, tierY, z));
      }
    }
  }
  return mergeParts(parts);
}

/** The chandelier and the wall sconces: the house lights you can see. */
export function buildHouseGlowGeometry(): BufferGeometry {
  const parts: BufferGeometry[] = [ball(0, 13.4, 11, 0.7, 1.4, 0.7, 1.4)];
  for (let k = 0; k < 10; k++) {
    const a = (k / 10) * Math.PI * 2;
    parts.push(ball(Math.cos(a) * 1.5, 12.9, 11 + Math.sin(a) * 1.5, 0.14));
  }
  for (const side of [-1, 1]) {
    for (const z of [8.5, 12, 15.5]) parts.push(ball(side * 11.3, 3.2, z, 0.16, 0.8, 1.3, 0.8));
  }
  return mergeParts(parts);
}

/** Exit signs at the back corners of the house. */
export function buildExitSignGeometry(): BufferGeometry {
  const backZ = FIRST_ROW_Z_M + ROW_COUNT * ROW_PITCH_M + 1.5;
  return mergeParts([
    boxBetween(-10.6, -9.9, 2.2, 2.5, backZ - 0.1, backZ),
    boxBetween(9.9, 10.6, 2.2, 2.5, backZ - 0.1, backZ),
    boxBetween(-11.36, -11.3, 2.4, 2.7, 1.0, 1.7),
    boxBetween(11.3, 11.36, 2.4, 2.7, 1.0, 1.7),
  ]);
}

/** Music-stand lamps in the pit: a faint warm glow that survives a blackout. */
export function buildPitGlowGeometry(): BufferGeometry {
  const parts: BufferGeometry[] = [];
  for (let k = 0; k < 9; k++)
    parts.push(
      boxBetween(-6 + k * 1.5, -5.6 + k * 1.5, -2.3, -2.25, 3 + (k % 2) * 0.9, 3.3 + (k % 2) * 0.9),
    );
  return mergeParts(parts);
}

/** The footlight bulbs along the apron edge. */
export function buildFootlightGeometry(): BufferGeometry {
  const parts: BufferGeometry[] = [];
  for (let k = 0; k < 24; k++)
    parts.push(ball(-6.6 + k * (13.2 / 23), 0.06, 1.88, 0.06, 1.4, 0.8, 0.8));
  return mergeParts(parts);
}

/** The cyclorama cloth: a tall cloth curving forward at its ends, vertex colors bright at the foot. */
export function buildCycloramaGeometry(): BufferGeometry {
  const g = new PlaneGeometry(24, 13, 24, 8);
  const pos = g.getAttribute('position');
  const colors: number[] = [];
  for (let i = 0; i < pos.count; i++) {
    const x = pos.getX(i);
    const v = pos.getY(i) / 13 + 0.5;
    pos.setXYZ(i, x, v * 13, -11.8 + 0.018 * x * x);
    const k = (0.18 + 0.82 * Math.pow(1 - v, 2.2)) * (1 - 0.45 * (x / 12) * (x / 12));
    colors.push(k, k, k);
  }
  g.setAttribute('color', new Float32BufferAttribute(colors, 3));
  g.computeVertexNormals();
  return g;
}
