import { Color, Matrix4, Quaternion, Vector3, type InstancedMesh, type Object3D } from 'three';
import {
  blendDancerPose,
  createRig,
  forwardKinematics,
  JOINTS,
  pointIndex,
  POINTS,
  type DancerFrame,
  type Rig,
  type Gender,
  type Segment,
} from '../core';
import type { CostumePalette } from './costumesFor';
import { isLimbSegment, LIMB_TAPER, segmentColor } from './dancerLook';

const UP = new Vector3(0, 1, 0);
const ROOT = pointIndex('root');
const PELVIS = pointIndex('pelvis');
const SPINE_LOWER = pointIndex('spineLower');
const SPINE_UPPER = pointIndex('spineUpper');
const HEAD = pointIndex('head');
const HEAD_TOP = pointIndex('headTop');

/** The rig's capsule radii are skeletal hints; dancers' muscle rounds thighs, calves and arms out. */
function fleshScale(segment: Segment): number {
  if (segment.to.startsWith('knee')) return 1.34;
  if (segment.to.startsWith('ankle')) return 1.28;
  if (segment.to.startsWith('elbow')) return 1.2;
  if (segment.to.startsWith('wrist')) return 1.16;
  // Hands: a slim tapered shape, not a stick.
  if (segment.to.startsWith('handTip')) return 1.25;
  // The trapezius: a soft slope from the neck down to the shoulder, wider at the neck.
  if (segment.from.startsWith('clavicle')) return 1.15;
  return 1;
}

/** Radius of the sphere at a limb's near and far ends, as fractions of the limb's radius. */
function endSpheres(segment: Segment): [number, number] {
  // Fingertips and toe tips round off small; hip balls stay inside the skirt or tutu.
  const tip = segment.to.startsWith('handTip') || segment.to.startsWith('toeTip');
  const hip = segment.from.startsWith('hip') && segment.to.startsWith('knee');
  return [hip ? 0.85 : 1, tip ? LIMB_TAPER * 0.75 : LIMB_TAPER];
}

/** How far (meters, for a 1.65 m dancer) the inner end of the clavicle is raised: a sloping shoulder line. */
const TRAPEZIUS_RISE_M = 0.04;

/**
 * Turns a DancerFrame into mesh transforms for one gender: blend the two poses, run forward
 * kinematics, then lay a tapered limb and two joint spheres on every limb segment and place
 * head, hair, torso and skirt in their joints' frames. The limbs and joints are this dancer's
 * run of instances in meshes the whole cast shares, from `limbBase` and `jointBase` on.
 * Owns all its scratch: no allocation per frame.
 */
export class DancerPoser {
  readonly rig: Rig;
  readonly limbs: readonly Segment[];
  /** Instances in the joints mesh: two per limb, then head, hair cap and bun. */
  readonly jointCount: number;
  readonly bodyScale: number;
  private readonly ends: Array<[number, number]>;
  private readonly radii: number[];
  private readonly spheres: Array<[number, number]>;
  private readonly sloped: boolean[];
  private readonly rise = new Vector3();
  private readonly shoulderFrom = new Vector3();
  private readonly rotations = JOINTS.map(() => new Quaternion());
  private readonly points = POINTS.map(() => new Vector3());
  private readonly worldRots = POINTS.map(() => new Quaternion());
  private readonly placement = { position: new Vector3(), headingDeg: 0, headYawDeg: 0 };
  private readonly m = new Matrix4();
  private readonly local = new Matrix4();
  private readonly q = new Quaternion();
  private readonly v = new Vector3();
  private readonly s = new Vector3();

  constructor(
    readonly gender: Gender,
    readonly limbBase = 0,
    readonly jointBase = 0,
  ) {
    this.rig = createRig(gender);
    this.limbs = this.rig.segments.filter(isLimbSegment);
    this.ends = this.limbs.map((seg) => [pointIndex(seg.from), pointIndex(seg.to)]);
    this.radii = this.limbs.map((seg) => seg.radiusM * fleshScale(seg));
    this.spheres = this.limbs.map(endSpheres);
    this.sloped = this.limbs.map((seg) => seg.from.startsWith('clavicle'));
    this.jointCount = this.limbs.length * 2 + 3;
    this.bodyScale = this.rig.heightM / 1.65;
  }

  /** Poses the meshes for `dancer`; an unknown pose name keeps the last good pose. */
  apply(
    dancer: DancerFrame,
    limbs: InstancedMesh,
    joints: InstancedMesh,
    lowerTorso: Object3D,
    upperTorso: Object3D,
    skirt: Object3D,
  ): void {
    const { rotations, points, worldRots, placement, m, q, v, s } = this;
    const L = this.limbBase;
    const J = this.jointBase;
    try {
      blendDancerPose(dancer, rotations);
    } catch {
      // Keep the previous rotations: a typo in a cue must not stop the show.
    }
    placement.position.set(dancer.root[0], dancer.root[1], dancer.root[2]);
    placement.headingDeg = dancer.headingDeg;
    placement.headYawDeg = dancer.headYawDeg;
    forwardKinematics(this.rig, rotations, placement, points, worldRots);

    // The clavicles start a little up the neck, along the upper spine's up axis.
    const rise = this.rise
      .set(0, TRAPEZIUS_RISE_M * this.bodyScale, 0)
      .applyQuaternion(worldRots[SPINE_UPPER]!);
    for (let k = 0; k < this.limbs.length; k++) {
      const radiusM = this.radii[k]!;
      const [a, b] = this.ends[k]!;
      const [nearR, farR] = this.spheres[k]!;
      const from = this.sloped[k] ? this.shoulderFrom.addVectors(points[a]!, rise) : points[a]!;
      const to = points[b]!;
      v.subVectors(to, from);
      const lengthM = Math.max(v.length(), 1e-4);
      q.setFromUnitVectors(UP, v.multiplyScalar(1 / lengthM));
      limbs.setMatrixAt(L + k, m.compose(from, q, s.set(radiusM, lengthM, radiusM)));
      q.identity();
      joints.setMatrixAt(J + 2 * k, m.compose(from, q, s.setScalar(radiusM * nearR)));
      joints.setMatrixAt(J + 2 * k + 1, m.compose(to, q, s.setScalar(radiusM * farR)));
    }
    const headQ = worldRots[HEAD]!;
    const center = v.addVectors(points[HEAD]!, points[HEAD_TOP]!).multiplyScalar(0.5);
    const base = J + this.limbs.length * 2;
    const k = this.bodyScale;
    const bunM = this.gender === 'female' ? 0.046 * k : 0;
    joints.setMatrixAt(base, this.inHead(center, headQ, 0.082 * k, 0.108 * k, 0.094 * k, 0, 0));
    joints.setMatrixAt(
      base + 1,
      this.inHead(center, headQ, 0.087 * k, 0.105 * k, 0.094 * k, 0.02 * k, -0.026 * k),
    );
    joints.setMatrixAt(base + 2, this.inHead(center, headQ, bunM, bunM, bunM, 0.05 * k, -0.1 * k));
    limbs.instanceMatrix.needsUpdate = true;
    joints.instanceMatrix.needsUpdate = true;

    lowerTorso.position.copy(points[PELVIS]!);
    lowerTorso.quaternion.copy(worldRots[SPINE_LOWER]!);
    upperTorso.position.copy(points[SPINE_UPPER]!);
    upperTorso.quaternion.copy(worldRots[SPINE_UPPER]!);
    skirt.position.copy(points[PELVIS]!);
    // A tutu is stiff: it tilts only half as far as the pelvis does.
    skirt.quaternion.copy(worldRots[ROOT]!).slerp(worldRots[PELVIS]!, 0.5);
  }

  /** Colors this dancer's limb and joint instances: costume, skin, then the head's skin and hair. */
  paint(colors: CostumePalette, limbs: InstancedMesh, joints: InstancedMesh): void {
    const c = new Color();
    const J = this.jointBase;
    this.limbs.forEach((seg, k) => {
      segmentColor(colors, seg, c);
      limbs.setColorAt(this.limbBase + k, c);
      joints.setColorAt(J + 2 * k, c);
      joints.setColorAt(J + 2 * k + 1, c);
    });
    const base = J + this.limbs.length * 2;
    joints.setColorAt(base, c.set(colors.skin));
    joints.setColorAt(base + 1, c.set(colors.hair));
    joints.setColorAt(base + 2, c.set(colors.hair));
    if (limbs.instanceColor) limbs.instanceColor.needsUpdate = true;
    if (joints.instanceColor) joints.instanceColor.needsUpdate = true;
  }

  /** Collapses this dancer's limb and joint instances to nothing (off stage: nothing to draw). */
  hide(limbs: InstancedMesh, joints: InstancedMesh): void {
    this.m.makeScale(0, 0, 0);
    for (let k = 0; k < this.limbs.length; k++) limbs.setMatrixAt(this.limbBase + k, this.m);
    for (let k = 0; k < this.jointCount; k++) joints.setMatrixAt(this.jointBase + k, this.m);
    limbs.instanceMatrix.needsUpdate = true;
    joints.instanceMatrix.needsUpdate = true;
  }

  /** An ellipsoid of radii (sx, sy, sz) in the head's frame, moved up and back (meters) from its center. */
  private inHead(
    center: Vector3,
    headQ: Quaternion,
    sx: number,
    sy: number,
    sz: number,
    upM: number,
    backM: number,
  ): Matrix4 {
    this.m.compose(center, headQ, this.s.set(sx, sy, sz));
    // The offset is applied in the scaled local space, hence divided by the radii.
    return this.m.multiply(
      this.local.makeTranslation(0, sy > 0 ? upM / sy : 0, sz > 0 ? backM / sz : 0),
    );
  }
}
