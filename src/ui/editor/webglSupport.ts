/** Whether the URL allows 3D: `?webgl=off` (or 0/false/no) forces the captions-only fallback. */
export function webglAllowed(search: string): boolean {
  const value = new URLSearchParams(search).get('webgl');
  return value === null || !['off', '0', 'false', 'no'].includes(value.toLowerCase());
}

/** Whether this browser can create a WebGL context, tried on a throwaway canvas. */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return false;
    // Free the test context at once: browsers cap live contexts and the stage needs one.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
