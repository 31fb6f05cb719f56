import { MeshBasicMaterial, SkinnedMesh, Vector3, type BufferGeometry } from 'three';
import { describe, expect, it } from 'vitest';
import {
  createRig,
  JOINTS,
  pointIndex,
  POINTS,
  poseDancer,
  type DancerPlacement,
  type PointName,
} from '../../../src/core/choreography';
import type { Gender } from '../../../src/core/cuesheet/vocabulary';
import { createBodyGeometry, PART } from '../../../src/stage/dancer/bodyGeometry';
import { createDancerSkeleton, restPoints } from '../../../src/stage/dancer/dancerSkeleton';
import { DancerPoser } from '../../../src/stage/DancerPoser';

const GENDERS = ['female', 'male'] as const;
const bodies = new Map<Gender, BufferGeometry>(
  GENDERS.map((g) => [g, createBodyGeometry(createRig(g))]),
);
const body = (g: Gender) => bodies.get(g)!;

/** Each vertex's bone weights as [bone, weight] pairs. */
function weightsOf(g: BufferGeometry, i: number): Array<[number, number]> {
  const index = g.getAttribute('skinIndex');
  const weight = g.getAttribute('skinWeight');
  return [0, 1, 2, 3]
    .map((k) => [index.getComponent(i, k), weight.getComponent(i, k)] as [number, number])
    .filter(([, w]) => w > 0);
}

/** A figure of `gender` posed as `frame`, and its skinned vertex positions. */
function skinned(gender: Gender, frame: DancerPlacement): Vector3[] {
  const poser = new DancerPoser(gender);
  const { root, bones, skeleton } = createDancerSkeleton(poser.rig);
  const mesh = new SkinnedMesh(body(gender), new MeshBasicMaterial());
  mesh.add(root);
  mesh.bind(skeleton);
  poser.apply(frame, bones);
  mesh.updateMatrixWorld(true);
  skeleton.update();
  const count = body(gender).getAttribute('position').count;
  return Array.from({ length: count }, (_, i) => mesh.getVertexPosition(i, new Vector3()));
}

const still = (poseA: string, headingDeg = 0): DancerPlacement => ({
  poseA,
  poseB: poseA,
  weight: 0,
  root: [0.5, 0, -4],
  headingDeg,
  headYawDeg: 0,
});

describe('the body geometry', () => {
  it.each(GENDERS)(
    'is skinned to the 22 joints, weights normalized, at most four each (%s)',
    (g) => {
      const geometry = body(g);
      const count = geometry.getAttribute('position').count;
      for (let i = 0; i < count; i++) {
        const w = weightsOf(geometry, i);
        expect(w.length).toBeGreaterThan(0);
        expect(w.reduce((s, [, x]) => s + x, 0)).toBeCloseTo(1, 5);
        for (const [bone] of w) expect(bone).toBeLessThan(JOINTS.length);
      }
      expect(geometry.getAttribute('skinIndex').itemSize).toBe(4);
    },
  );

  it.each([
    ['female', 1],
    ['male', 1],
    ['female', 0.5],
    ['male', 0.5],
  ] as const)(
    'is one closed surface per piece: every edge is shared by two triangles (%s, detail %s)',
    (g, detail) => {
      const geometry = detail === 1 ? body(g) : createBodyGeometry(createRig(g), detail);
      const position = geometry.getAttribute('position');
      const key = (i: number) =>
        [position.getX(i), position.getY(i), position.getZ(i)]
          .map((v) => Math.round(v * 1e5))
          .join();
      const index = geometry.getIndex()!;
      const edges = new Map<string, number>();
      for (let t = 0; t < index.count; t += 3) {
        for (let e = 0; e < 3; e++) {
          const a = key(index.getX(t + e));
          const b = key(index.getX(t + ((e + 1) % 3)));
          if (a === b) continue;
          const edge = a < b ? `${a}|${b}` : `${b}|${a}`;
          edges.set(edge, (edges.get(edge) ?? 0) + 1);
        }
      }
      const open = [...edges.values()].filter((n) => n !== 2);
      expect(open.length).toBe(0);
    },
  );

  it('blends the weights across every joint that bends, so it bends like flesh', () => {
    const geometry = body('female');
    const count = geometry.getAttribute('position').count;
    const blended = (a: string, b: string) => {
      const [ia, ib] = [JOINTS.indexOf(a as never), JOINTS.indexOf(b as never)];
      let n = 0;
      for (let i = 0; i < count; i++) {
        const w = new Map(weightsOf(geometry, i));
        if ((w.get(ia) ?? 0) > 0.25 && (w.get(ib) ?? 0) > 0.25) n++;
      }
      return n;
    };
    for (const [parent, child] of [
      ['clavicleL', 'shoulderL'],
      ['shoulderL', 'elbowL'],
      ['elbowL', 'wristL'],
      ['pelvis', 'hipR'],
      ['hipR', 'kneeR'],
      ['kneeR', 'ankleR'],
      ['ankleR', 'toesR'],
      ['pelvis', 'spineLower'],
      ['spineLower', 'spineUpper'],
      ['neck', 'head'],
    ]) {
      expect(blended(parent!, child!), `${parent}–${child}`).toBeGreaterThan(10);
    }
  });

  it.each(GENDERS)(
    'has the proportions of a dancer: long legs, a long neck, a small head (%s)',
    (g) => {
      const rig = createRig(g);
      const at = (name: PointName) => restPoints(rig)[pointIndex(name)]!;
      const geometry = body(g);
      geometry.computeBoundingBox();
      const heightM = geometry.boundingBox!.max.y - geometry.boundingBox!.min.y;
      expect(heightM).toBeCloseTo(rig.heightM, 1);
      // The trunk's vertices under the jaw: the chin is the lowest point of the face's front.
      const position = geometry.getAttribute('position');
      const part = geometry.getAttribute('part');
      let chinY = Infinity;
      for (let i = 0; i < position.count; i++) {
        if (part.getX(i) !== PART.trunk || position.getY(i) < at('neck').y) continue;
        if (position.getZ(i) > 0.06 * (rig.heightM / 1.65))
          chinY = Math.min(chinY, position.getY(i));
      }
      const headM = geometry.boundingBox!.max.y - chinY;
      expect(heightM / headM).toBeGreaterThan(7.5);
      expect(heightM / headM).toBeLessThan(9);
      expect(at('hipL').y / heightM).toBeGreaterThan(0.53);
    },
  );

  it('follows the skeleton: hands, feet and head go where the rig puts them', () => {
    for (const gender of GENDERS) {
      for (const frame of [
        still('arabesque-r', 30),
        still('port-fifth-r'),
        still('attitude-r', -70),
      ]) {
        const skin = skinned(gender, frame);
        const points = poseDancer(
          createRig(gender),
          frame,
          POINTS.map(() => new Vector3()),
        );
        const rest = restPoints(createRig(gender));
        const restBody = body(gender).getAttribute('position');
        // The vertex that sits nearest a site at rest must stay near it once posed.
        for (const site of ['toeTipR', 'handTipL', 'headTop', 'heelL'] as const) {
          const target = rest[pointIndex(site)]!;
          let nearest = 0;
          let best = Infinity;
          for (let i = 0; i < restBody.count; i++) {
            const d = target.distanceTo(new Vector3().fromBufferAttribute(restBody, i));
            if (d < best) [best, nearest] = [d, i];
          }
          const moved = skin[nearest]!.distanceTo(points[pointIndex(site)]!);
          expect(moved, `${gender} ${frame.poseA} ${site}`).toBeLessThan(best + 0.01);
        }
      }
    }
  });

  it('stretches no triangle more than 2.5× through a deep plié and a raised leg', () => {
    const geometry = body('female');
    const rest = geometry.getAttribute('position');
    const index = geometry.getIndex()!;
    for (const frame of [still('plie-first'), still('developpe-r'), still('port-fifth-r')]) {
      const skin = skinned('female', frame);
      let worst = 0;
      for (let t = 0; t < index.count; t += 3) {
        for (let e = 0; e < 3; e++) {
          const a = index.getX(t + e);
          const b = index.getX(t + ((e + 1) % 3));
          const before = new Vector3()
            .fromBufferAttribute(rest, a)
            .distanceTo(new Vector3().fromBufferAttribute(rest, b));
          if (before < 0.004) continue;
          worst = Math.max(worst, skin[a]!.distanceTo(skin[b]!) / before);
        }
      }
      expect(worst, frame.poseA).toBeLessThan(2.5);
    }
  });
});
