import {
  BufferGeometry,
  Float32BufferAttribute,
  Uint16BufferAttribute,
  Vector3,
  type BufferAttribute,
} from 'three';

/** Up to four bone influences of a vertex: [bone index, weight] pairs (normalized on add). */
export type Influences = ReadonlyArray<readonly [number, number]>;

/** One vertex of a ring: where it is at rest, its texture coordinate and its bones. */
export interface RingVertex {
  position: Vector3;
  u: number;
  v: number;
  influences: Influences;
}

/** How a loft ends: closed by a pole vertex at `position`, or left open (hidden inside). */
export type LoftEnd = { pole: Vector3; v?: number } | 'open';

/**
 * Collects the vertices and triangles of a skinned body: rings lofted into tubes, each vertex
 * with a `part` id (what it is: skin, leg, foot, hair...) that the material colors by.
 * Normals are smoothed across every tube's seam.
 */
export class MeshBuilder {
  private readonly positions: number[] = [];
  private readonly uvs: number[] = [];
  private readonly parts: number[] = [];
  private readonly skinIndex: number[] = [];
  private readonly skinWeight: number[] = [];
  /** RGBA per vertex, when any vertex was given one (tulle's soft edges). */
  private readonly colors: number[] = [];
  private readonly indices: number[] = [];
  /** Pairs of vertices that are one point of the surface (a tube's UV seam): their normals are shared. */
  private readonly seams: Array<[number, number]> = [];

  /** Adds one vertex (with an RGBA color, or opaque white); returns its index. */
  vertex(
    p: Vector3,
    u: number,
    v: number,
    part: number,
    influences: Influences,
    rgba: readonly [number, number, number, number] = [1, 1, 1, 1],
  ): number {
    const index = this.positions.length / 3;
    this.colors.push(...rgba);
    this.positions.push(p.x, p.y, p.z);
    this.uvs.push(u, v);
    this.parts.push(part);
    const top = [...influences]
      .filter(([, w]) => w > 1e-4)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4);
    const total = top.reduce((s, [, w]) => s + w, 0) || 1;
    for (let k = 0; k < 4; k++) {
      const inf = top[k];
      this.skinIndex.push(inf ? inf[0] : 0);
      this.skinWeight.push(inf ? inf[1] / total : 0);
    }
    return index;
  }

  /** Adds a triangle (counter-clockwise seen from outside). */
  triangle(a: number, b: number, c: number): void {
    this.indices.push(a, b, c);
  }

  /**
   * Lofts `rings` (each the same number of vertices, in order around the tube, counter-clockwise
   * seen from the first ring toward the last) into a closed tube of quads; the first vertex of
   * every ring is repeated at the end (u + 1 there) so the texture wraps without a smear.
   */
  loft(rings: readonly RingVertex[][], part: number, start: LoftEnd, end: LoftEnd): void {
    const rows = rings.map((ring) => {
      const row = ring.map((rv) => this.vertex(rv.position, rv.u, rv.v, part, rv.influences));
      const first = ring[0]!;
      const dup = this.vertex(first.position, first.u + 1, first.v, part, first.influences);
      this.seams.push([row[0]!, dup]);
      row.push(dup);
      return row;
    });
    for (let i = 0; i + 1 < rows.length; i++) {
      const a = rows[i]!;
      const b = rows[i + 1]!;
      for (let j = 0; j + 1 < a.length; j++) {
        this.triangle(a[j]!, a[j + 1]!, b[j + 1]!);
        this.triangle(a[j]!, b[j + 1]!, b[j]!);
      }
    }
    this.cap(rows[0]!, rings[0]!, start, part, true);
    this.cap(rows.at(-1)!, rings.at(-1)!, end, part, false);
  }

  private cap(row: number[], ring: RingVertex[], end: LoftEnd, part: number, first: boolean) {
    if (end === 'open') return;
    // The pole takes the ring's averaged bones, so it moves with what surrounds it.
    const weights = new Map<number, number>();
    for (const rv of ring)
      for (const [bone, w] of rv.influences) weights.set(bone, (weights.get(bone) ?? 0) + w);
    const pole = this.vertex(end.pole, 0.5, end.v ?? ring[0]!.v, part, [...weights]);
    for (let j = 0; j + 1 < row.length; j++) {
      if (first) this.triangle(pole, row[j + 1]!, row[j]!);
      else this.triangle(pole, row[j]!, row[j + 1]!);
    }
  }

  /** The geometry: position, normal, uv, part, skinIndex, skinWeight, indexed. */
  build(): BufferGeometry {
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(this.positions, 3));
    g.setAttribute('uv', new Float32BufferAttribute(this.uvs, 2));
    g.setAttribute('part', new Float32BufferAttribute(this.parts, 1));
    g.setAttribute('skinIndex', new Uint16BufferAttribute(this.skinIndex, 4));
    g.setAttribute('skinWeight', new Float32BufferAttribute(this.skinWeight, 4));
    if (this.colors.some((c) => c !== 1))
      g.setAttribute('color', new Float32BufferAttribute(this.colors, 4));
    g.setIndex(this.indices);
    g.computeVertexNormals();
    const normal = g.getAttribute('normal') as BufferAttribute;
    const n = new Vector3();
    const m = new Vector3();
    for (const [a, b] of this.seams) {
      n.fromBufferAttribute(normal, a).add(m.fromBufferAttribute(normal, b)).normalize();
      normal.setXYZ(a, n.x, n.y, n.z);
      normal.setXYZ(b, n.x, n.y, n.z);
    }
    g.computeBoundingSphere();
    return g;
  }
}
