import { ACTION_FAMILIES, type Action, type ActionFamily } from '../cuesheet/vocabulary';

const FAMILY = new Map<Action, ActionFamily>(
  Object.entries(ACTION_FAMILIES).flatMap(([family, actions]) =>
    actions.map((action): [Action, ActionFamily] => [action, family as ActionFamily]),
  ),
);

/** The family of an action, by table lookup (familyOf scans the vocabulary on every call). */
export function actionFamily(action: Action): ActionFamily {
  return FAMILY.get(action) ?? 'still';
}
