import { Euler, MathUtils, Quaternion } from 'three';
import { clampAngles, jointKind, jointSide, type JointAngles } from './jointLimits';
import type { JointName } from './types';

const euler = new Euler();
const D = MathUtils.DEG2RAD;

/**
 * The local rotation of `joint` for anatomical `angles` (clamped to the joint's limits), in
 * the rig's frame: y up, the dancer facing +z, the left side at +x. Writes into `out`.
 */
export function anglesToQuaternion(
  joint: JointName,
  angles: JointAngles | undefined,
  out: Quaternion = new Quaternion(),
): Quaternion {
  const { flexDeg, abductDeg, rotateDeg } = clampAngles(joint, angles);
  const s = jointSide(joint) === -1 ? -1 : 1;
  switch (jointKind(joint)) {
    case 'hip':
    case 'shoulder':
      // Twist about the limb's own axis first, then abduct, then flex: anatomical order.
      euler.set(-flexDeg * D, s * rotateDeg * D, s * abductDeg * D, 'XZY');
      break;
    case 'knee':
    case 'ankle':
    case 'toes':
      euler.set(flexDeg * D, 0, 0, 'XYZ');
      break;
    case 'elbow':
      euler.set(-flexDeg * D, 0, 0, 'XYZ');
      break;
    case 'wrist':
      euler.set(-abductDeg * D, 0, -s * flexDeg * D, 'ZXY');
      break;
    case 'clavicle':
      euler.set(0, -s * rotateDeg * D, s * abductDeg * D, 'ZYX');
      break;
    case 'root':
    case 'pelvis':
    case 'spine':
    case 'neck':
    case 'head':
      euler.set(flexDeg * D, rotateDeg * D, -abductDeg * D, 'XZY');
      break;
  }
  return out.setFromEuler(euler);
}
