import { describe, expect, it } from 'vitest';
import { createLinkPool, type PooledLink, placeLinks } from './link-pool';

const link = (id: string): PooledLink<string> => ({ id, value: `path of ${id}` });
const drawn = (elements: { value: string | null }[]) => elements.map((element) => element.value);

describe('placeLinks', () => {
  it('gives new arrows elements in the order given', () => {
    const elements = placeLinks(createLinkPool(), [link('a'), link('b')]);
    expect(elements).toEqual([
      { key: 0, value: 'path of a' },
      { key: 1, value: 'path of b' },
    ]);
  });

  it('keeps an arrow on its element while others come and go', () => {
    const pool = createLinkPool();
    placeLinks(pool, [link('a'), link('b'), link('c')]);
    // a leaves, d takes its element; b and c stay where they were.
    expect(drawn(placeLinks(pool, [link('c'), link('d'), link('b')]))).toEqual([
      'path of d',
      'path of b',
      'path of c',
    ]);
  });

  it('keeps the elements of arrows no longer drawn, idle, and grows only past them', () => {
    const pool = createLinkPool();
    placeLinks(pool, [link('a'), link('b')]);
    expect(drawn(placeLinks(pool, [link('b')]))).toEqual([null, 'path of b']);
    expect(drawn(placeLinks(pool, [link('b'), link('c'), link('d')]))).toEqual([
      'path of c',
      'path of b',
      'path of d',
    ]);
    expect(pool.size).toBe(3);
  });

  it('names a link given twice', () => {
    expect(() => placeLinks(createLinkPool(), [link('a'), link('a')])).toThrow(/link a is given twice/);
  });
});
