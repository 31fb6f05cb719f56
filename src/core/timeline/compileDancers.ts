import { PARTNER_PLACEMENT, type PartneredAction } from '../choreography/partnering';
import type { CueSheet, DancerCue } from '../cuesheet/schema';
import { familyOf, type Action } from '../cuesheet/vocabulary';
import { CURTAIN_FADE_SEC } from './compileLook';
import { createTrackBuilder } from './createTrackBuilder';
import { markPosition } from '../venue/venue';
import { sideOf, wingsOf } from './markPosition';
import type { DancerTrack } from './types';

const SPREAD_M = 1.4;
/** Where dancers stand in front of a closed curtain (the curtain line is z = 0). */
const APRON_Z = 1.1;
const CARRY_FADE_SEC = 0.8;
/** The furthest a travelling dancer turns from the house (90 = profile). */
const MAX_AWAY_DEG = 100;
const FAST_ACTIONS: readonly Action[] = ['run', 'grand-jete', 'tour-jete', 'chaines'];

/** Wraps an angle to [-180, 180). */
export function wrapDeg(angleDeg: number): number {
  return ((((angleDeg + 180) % 360) + 360) % 360) - 180;
}

/** Each cast member's cue on every beat, persisting the last one; before the first, the first. */
function resolveCues(sheet: CueSheet): DancerCue[][] {
  return sheet.cast.map((member, i) => {
    const first = sheet.beats.flatMap((b) => b.dancers).find((d) => d.id === member.id);
    let current: DancerCue = first ?? {
      id: member.id,
      action: 'wait-in-wings',
      mark: wingsOf(sideOf(i)),
    };
    return sheet.beats.map((beat) => {
      current = beat.dancers.find((d) => d.id === member.id) ?? current;
      return current;
    });
  });
}

const isPartnered = (action: Action): boolean => familyOf(action) === 'partnered';

/** How far in front of her partner's root she stands in `action` (where his hands meet her waist). */
export function partnerGapM(action: Action): number {
  return isPartnered(action) ? PARTNER_PLACEMENT[action as PartneredAction].behindM : 0;
}

/** Where each dancer stands on a beat: marks, spread apart when they share one. */
function beatTargets(sheet: CueSheet, cues: DancerCue[][], beat: number): [number, number][] {
  const cast = sheet.cast;
  const here = cast.map((_, i) => cues[i]?.[beat] as DancerCue);
  return cast.map((member, i) => {
    const cue = here[i] as DancerCue;
    const [x, markZ] = markPosition(cue.mark, sideOf(i));
    // While the curtain is down, the scene is played "in one": on the apron, in front of it.
    const inFront = sheet.beats[beat]?.stage.curtain === 'closed' && !cue.mark.startsWith('wings');
    const z = inFront ? APRON_Z : markZ;
    const sharing = cast
      .map((m, j) => ({ m, j }))
      .filter(({ j }) => (here[j] as DancerCue).mark === cue.mark && cue.mark !== 'edge')
      .sort((a, b) => (a.m.gender === b.m.gender ? a.j - b.j : a.m.gender === 'female' ? -1 : 1));
    if (sharing.length < 2) return [x, z];
    const allPartnered = sharing.every(({ j }) => isPartnered((here[j] as DancerCue).action));
    if (allPartnered && sharing.length === 2) {
      // Partnered: she stands just in front of him (toward the house).
      return member.gender === 'female' ? [x, z + partnerGapM(cue.action)] : [x, z];
    }
    const k = sharing.findIndex(({ j }) => j === i);
    const dx = (k - (sharing.length - 1) / 2) * SPREAD_M;
    // In the wings, spread up/downstage instead of into the wall.
    return cue.mark.startsWith('wings') ? [x, z + dx] : [x + dx, z];
  });
}

/**
 * Who partners a cast member in lifts and promenades: a woman is carried by a dancing man (the
 * lead's or the partner's opposite first); a man carries, so he has no carrier (-1).
 */
function carrierOf(sheet: CueSheet, i: number): number {
  const member = sheet.cast[i];
  if (!member || member.gender !== 'female' || member.role === 'character') return -1;
  const men = sheet.cast
    .map((m, j) => ({ m, j }))
    .filter(({ m }) => m.gender === 'male' && m.role !== 'character');
  const pairRoles =
    member.role === 'lead' ? ['partner'] : member.role === 'partner' ? ['lead'] : [];
  const best = men.find(({ m }) => pairRoles.includes(m.role)) ?? men[0];
  return best ? best.j : -1;
}

/** Builds each cast member's position, heading, carry and action tracks from the beats. */
export function compileDancers(sheet: CueSheet): DancerTrack[] {
  const cues = resolveCues(sheet);
  const targets = sheet.beats.map((_, b) => beatTargets(sheet, cues, b));
  return sheet.cast.map((member, i) => {
    const mine = cues[i] as DancerCue[];
    const firstCue = mine[0];
    const side = sideOf(i);
    const firstTarget = targets[0]?.[i] ?? markPosition(wingsOf(side), side);
    const enters = firstCue?.action === 'enter';
    const start = enters ? markPosition(wingsOf(side), side) : firstTarget;
    const position = createTrackBuilder(2, start);
    const heading = createTrackBuilder(1, [0]);
    const carried = createTrackBuilder(1, [0]);
    const carryBehind = createTrackBuilder(1, [0]);
    const carrierIndex = carrierOf(sheet, i);
    const actionStartsSec: number[] = [];
    const actions: Action[] = [];
    let lastTarget: [number, number] = start;
    let lastCarried = 0;
    let lastGapM = 0;
    sheet.beats.forEach((beat, b) => {
      const cue = mine[b] as DancerCue;
      const tSec = b === 0 ? 0 : beat.startSec;
      if (actions.length === 0 || actions[actions.length - 1] !== cue.action) {
        actionStartsSec.push(tSec);
        actions.push(cue.action);
      }
      const target = targets[b]?.[i] ?? lastTarget;
      // An opening curtain sweeps across the stage: step back to the mark once it has passed.
      const moveSec = b > 0 && beat.stage.curtain === 'opening' ? tSec + CURTAIN_FADE_SEC : tSec;
      const from = position.valueAt(moveSec) as [number, number];
      const dx = target[0] - from[0];
      const dz = target[1] - from[1];
      const distM = Math.hypot(dx, dz);
      if (target[0] !== lastTarget[0] || target[1] !== lastTarget[1]) {
        const paceMps = FAST_ACTIONS.includes(cue.action) ? 3.5 : 1.4;
        const travelSec = Math.min(4, Math.max(2, distM / paceMps));
        position.fadeTo(moveSec, target, travelSec);
        if (distM > 1) {
          // Turn toward the way of travel, then back to face the house.
          const h0 = heading.valueAt(moveSec)[0] as number;
          // Upstage a dancer travels in profile, not with her back to the house.
          const way = (Math.atan2(dx, dz) * 180) / Math.PI;
          const shown = Math.abs(way) > MAX_AWAY_DEG ? Math.sign(way || 1) * MAX_AWAY_DEG : way;
          const dir = h0 + wrapDeg(shown - h0);
          const home = dir - wrapDeg(dir);
          heading.rampThrough(moveSec, [
            [0.6, [dir]],
            [travelSec - 0.5, [dir]],
            [travelSec + 0.6, [home]],
          ]);
        }
        lastTarget = target;
      }
      // Partnered with him: her root is placed from his (lift, fish dive, promenade, pirouette).
      const his = cues[carrierIndex]?.[b];
      const carry = isPartnered(cue.action) && his !== undefined && isPartnered(his.action);
      const carryLevel = carry ? 1 : 0;
      const wasCarried = lastCarried > 0;
      if (carryLevel !== lastCarried) {
        carried.fadeTo(tSec, [carryLevel], CARRY_FADE_SEC);
        lastCarried = carryLevel;
      }
      const gapM = partnerGapM(cue.action);
      if (carry && gapM !== lastGapM) {
        carryBehind.fadeTo(tSec, [gapM], wasCarried ? CARRY_FADE_SEC : 1e-3);
        lastGapM = gapM;
      }
    });
    if (actions.length === 0) {
      actionStartsSec.push(0);
      actions.push(firstCue?.action ?? 'wait-in-wings');
    }
    return {
      id: member.id,
      gender: member.gender,
      role: member.role,
      actionStartsSec,
      actions,
      position: position.build(),
      heading: heading.build(),
      carried: carried.build(),
      carryBehindM: carryBehind.build(),
      carrierIndex,
    };
  });
}
