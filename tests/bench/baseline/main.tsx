/**
 * The benchmark's baseline (DESIGN.md): a bare R3F canvas with one cube and one
 * shadow-casting volumetric spotlight, to compare the show's frame time against.
 */
import { SpotLight } from '@react-three/drei';
import { Canvas, useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { createRoot } from 'react-dom/client';
import type { Mesh } from 'three';

function Cube() {
  const ref = useRef<Mesh>(null);
  const marked = useRef(false);
  useFrame((_, dt) => {
    if (ref.current) ref.current.rotation.y += dt;
    if (!marked.current) {
      marked.current = true;
      requestAnimationFrame(() => (document.documentElement.dataset.ready = 'true'));
    }
  });
  return (
    <mesh ref={ref} castShadow position={[0, 1, 0]}>
      <boxGeometry />
      <meshStandardMaterial color="#b8892f" />
    </mesh>
  );
}

function Baseline() {
  return (
    <Canvas shadows camera={{ position: [4, 3, 6], fov: 40 }}>
      <Cube />
      <mesh rotation-x={-Math.PI / 2} receiveShadow>
        <planeGeometry args={[20, 20]} />
        <meshStandardMaterial color="#3b2417" />
      </mesh>
      <SpotLight castShadow position={[3, 6, 2]} angle={0.4} penumbra={0.5} intensity={40} />
    </Canvas>
  );
}

createRoot(document.getElementById('root')!).render(<Baseline />);
