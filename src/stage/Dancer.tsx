import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { Gender, Role } from '../core';
import type { Costume } from './costumesFor';
import { createFigure, showFigure } from './dancer/createFigure';
import { DancerPoser } from './DancerPoser';
import { dancerById } from './frameLookup';
import { useStageFrame } from './stageFrameContext';

/** Props of one cast member's figure. */
export interface DancerProps {
  /** Cast id, matched against frame.dancers[].id. */
  id: string;
  gender: Gender;
  role: Role;
  /** What this cast member wears (see costumesFor). */
  costume: Costume;
  shadows?: boolean;
}

/**
 * One cast member: a continuous skinned body (its gender's shared geometry, its own skeleton)
 * and its garment bound to the same bones, posed every frame from the frame's poses through the
 * core's poseDancer. Two draw calls (a lighter body when it is seen small); hidden while the
 * frame does not put it on stage.
 */
export function Dancer({ id, gender, role, costume, shadows = true }: DancerProps) {
  const frameRef = useStageFrame();
  const figure = useMemo(() => createFigure(gender, costume, shadows), [gender, costume, shadows]);
  const poser = useMemo(() => new DancerPoser(gender), [gender]);
  useEffect(() => figure.dispose, [figure]);

  useFrame(({ camera }) => showFigure(figure, poser, dancerById(frameRef.current, id), camera));

  return (
    <primitive
      object={figure.group}
      name={`dancer-${id}`}
      userData={{ gender, role, cut: costume.cut }}
    />
  );
}
