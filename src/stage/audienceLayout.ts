import { BufferGeometry, CylinderGeometry, SphereGeometry } from 'three';
import {
  FIRST_ROW_Z_M,
  HOUSE_FLOOR_Y_M,
  ROW_COUNT,
  ROW_PITCH_M,
  ROW_RISE_M,
} from './auditoriumGeometry';
import { boxBetween, mergeParts } from './geometryParts';

/** Seat pitch along a row and the number of seats per row (side aisles beyond). */
export const SEAT_PITCH_M = 0.55;
export const SEATS_PER_ROW = 29;

/** One seat of the house: where it stands and a per-person phase for staggered motion. */
export interface Seat {
  x: number;
  y: number;
  z: number;
  /** 0..1, deterministic per seat. */
  phase: number;
}

/** Every seat of the house, front row first; rows arc gently toward the stage. */
export function layoutSeats(): Seat[] {
  const seats: Seat[] = [];
  for (let r = 0; r < ROW_COUNT; r++) {
    for (let s = 0; s < SEATS_PER_ROW; s++) {
      const x = (s - (SEATS_PER_ROW - 1) / 2) * SEAT_PITCH_M;
      const h = Math.sin((r * 31 + s) * 12.9898) * 43758.5453;
      seats.push({
        x,
        y: HOUSE_FLOOR_Y_M + r * ROW_RISE_M,
        z: FIRST_ROW_Z_M + r * ROW_PITCH_M - 0.004 * x * x,
        phase: h - Math.floor(h),
      });
    }
  }
  return seats;
}

/** A seated person's silhouette (torso, shoulders, head; low-poly, there are hundreds), origin on the floor under the seat. */
export function buildPersonGeometry(): BufferGeometry {
  const torso = new CylinderGeometry(0.15, 0.19, 0.62, 6, 1, true);
  torso.translate(0, 0.78, 0.02);
  const shoulders = new SphereGeometry(0.2, 6, 3);
  shoulders.scale(1.05, 0.45, 0.6);
  shoulders.translate(0, 1.06, 0.02);
  const head = new SphereGeometry(0.105, 8, 5);
  head.scale(0.9, 1.1, 1);
  head.translate(0, 1.28, 0.03);
  return mergeParts([torso, shoulders, head]);
}

/** A theater seat: back and arm rests (the cushion hides behind the person and the row ahead). */
export function buildSeatGeometry(): BufferGeometry {
  return mergeParts([
    boxBetween(-0.24, 0.24, 0.4, 0.98, 0.2, 0.28),
    boxBetween(-0.28, -0.25, 0.4, 0.65, -0.25, 0.26),
    boxBetween(0.25, 0.28, 0.4, 0.65, -0.25, 0.26),
  ]);
}
