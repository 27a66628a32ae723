/**
 * The link arrows' elements, kept across row windows. Each arrow keeps its element (and so its
 * path, unchanged) for as long as it stays drawn; an arrow that stops being drawn frees its
 * element for the next new one, and the pool grows only when more arrows are drawn at once than
 * ever before. So a scroll neither adds nor removes elements (React creating and deleting them,
 * the SVG updating its resources and bounds), and it repaints only the arrows that come and go:
 * those lie outside the view (their upper row enters below it or their lower row leaves above
 * it). Keyed by row slot instead, an arrow still drawn after a scroll could move to another
 * element, and both elements' areas, often across the view, were repainted and rastered.
 */
export interface LinkPool {
  /** Element index of each drawn arrow, by link id. */
  readonly at: Map<string, number>;
  /** Elements in the pool. */
  size: number;
}

/** An arrow to draw. */
export interface PooledLink<T> {
  readonly id: string;
  readonly value: T;
}

/** An element of the pool, in document order: what it draws now, or null when idle. */
export interface LinkElement<T> {
  /** React key: the element's place in the pool. */
  readonly key: number;
  readonly value: T | null;
}

export function createLinkPool(): LinkPool {
  return { at: new Map(), size: 0 };
}

/**
 * Places `links` on the pool's elements, growing it where needed, and returns every element of
 * the pool in order: an arrow drawn before keeps its element, a new one takes the lowest free.
 * Throws on a link id given twice.
 */
export function placeLinks<T>(pool: LinkPool, links: readonly PooledLink<T>[]): LinkElement<T>[] {
  const now = new Map<string, T>();
  for (const link of links) {
    if (now.has(link.id)) throw new Error(`placeLinks: link ${link.id} is given twice`);
    now.set(link.id, link.value);
  }
  for (const id of [...pool.at.keys()]) if (!now.has(id)) pool.at.delete(id);
  const taken = new Set(pool.at.values());
  let free = 0;
  for (const id of now.keys()) {
    if (pool.at.has(id)) continue;
    while (taken.has(free)) free++;
    pool.at.set(id, free);
    taken.add(free);
    pool.size = Math.max(pool.size, free + 1);
  }
  const values: (T | null)[] = new Array<T | null>(pool.size).fill(null);
  for (const [id, index] of pool.at) values[index] = now.get(id) ?? null;
  return values.map((value, key) => ({ key, value }));
}
