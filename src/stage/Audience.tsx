import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Matrix4, type InstancedMesh } from 'three';
import { buildPersonGeometry, buildSeatGeometry, layoutSeats } from './audienceLayout';
import { level01 } from './frameLookup';
import { unreflectedLayer } from './reflectionLayer';
import { useStageFrame } from './stageFrameContext';
import { getStageMaterials } from './stageMaterials';

/** Props of the audience. */
export interface AudienceProps {
  /** Whether the stage floor reflects: the audience then stays out of the reflection pass. */
  reflections?: boolean;
}

const smoothstep = (from: number, to: number, x: number): number => {
  const u = Math.min(1, Math.max(0, (x - from) / (to - from)));
  return u * u * (3 - 2 * u);
};

/**
 * The house's mood from the timeline's eased excitement (0 seated, 0.15 hushed, 0.7 applause,
 * 1 ovation), so it is a pure function of the show's time: a seek lands on the right mood.
 */
function moodOf(excitement: number, out: { lean: number; clap: number; stand: number }): void {
  out.lean = excitement <= 0.15 ? excitement / 0.15 : Math.max(0, 1 - (excitement - 0.15) / 0.3);
  out.clap = smoothstep(0.3, 0.7, excitement) * (0.5 + 0.5 * excitement);
  out.stand = smoothstep(0.75, 1, excitement);
}

/**
 * The house: a few hundred seated silhouettes as one InstancedMesh (plus one for the seats),
 * hidden while the frame's audience is `empty`.
 * They lean in when hushed, bob and clap on applause and rise on an ovation, staggered per seat,
 * all from the frame alone; the instance matrices are rewritten only while someone is moving.
 */
export function Audience({ reflections = false }: AudienceProps) {
  const layer = unreflectedLayer(reflections);
  const frameRef = useStageFrame();
  const materials = getStageMaterials();
  const seats = useMemo(() => layoutSeats(), []);
  const geometry = useMemo(
    () => ({ person: buildPersonGeometry(), seat: buildSeatGeometry() }),
    [],
  );
  const peopleRef = useRef<InstancedMesh>(null);
  const seatsRef = useRef<InstancedMesh>(null);
  const mood = useRef({ lean: 0, clap: 0, stand: 0, still: false });
  const matrix = useMemo(() => new Matrix4(), []);

  useEffect(() => () => Object.values(geometry).forEach((g) => g.dispose()), [geometry]);

  useLayoutEffect(() => {
    const people = peopleRef.current;
    const chairs = seatsRef.current;
    if (!people || !chairs) return;
    seats.forEach((seat, i) => {
      matrix.makeTranslation(seat.x, seat.y, seat.z);
      people.setMatrixAt(i, matrix);
      chairs.setMatrixAt(i, matrix);
    });
    people.instanceMatrix.needsUpdate = true;
    chairs.instanceMatrix.needsUpdate = true;
    people.computeBoundingSphere();
    chairs.computeBoundingSphere();
    mood.current.still = true;
  }, [seats, matrix]);

  useFrame(() => {
    const people = peopleRef.current;
    if (!people) return;
    const frame = frameRef.current;
    // An empty house shows the seats only (ART.md); nobody to move until people come back.
    people.visible = frame.audience !== 'empty';
    if (!people.visible) return;
    const m = mood.current;
    moodOf(level01(frame.excitement), m);
    const moving = m.lean > 0.002 || m.clap > 0.002 || m.stand > 0.002;
    if (!moving && m.still) return;
    m.still = !moving;
    // Show time, not wall time: paused, the house holds still; a seek lands on the same picture.
    const tSec = frame.tSec;
    for (let i = 0; i < seats.length; i++) {
      const seat = seats[i]!;
      // Each person rises a little after their neighbours: a wave through the house.
      const rise = Math.min(1, Math.max(0, (m.stand - seat.phase * 0.45) / 0.55));
      const beat = Math.sin((tSec * (3.6 + seat.phase * 1.4) + seat.phase * 6.28) * Math.PI);
      const bob = m.clap * 0.035 * Math.max(0, beat);
      matrix.makeRotationX(-0.22 * m.lean * (1 - rise) - 0.05 * m.clap * Math.max(0, -beat));
      matrix.setPosition(
        seat.x,
        seat.y + 0.5 * rise * rise * (3 - 2 * rise) + bob,
        seat.z - 0.1 * m.lean,
      );
      people.setMatrixAt(i, matrix);
    }
    people.instanceMatrix.needsUpdate = true;
  });

  return (
    <group name="audience">
      <instancedMesh
        ref={peopleRef}
        name="audience-people"
        args={[geometry.person, materials.audience, seats.length]}
        frustumCulled={false}
        layers={layer}
      />
      <instancedMesh
        ref={seatsRef}
        name="audience-seats"
        args={[geometry.seat, materials.seats, seats.length]}
        layers={layer}
      />
    </group>
  );
}
