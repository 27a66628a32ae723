import { describe, expect, it } from 'vitest';
import { lazyIndex } from './lazy-index';

describe('lazyIndex', () => {
  it('finds each item by its id, and nothing for an unknown id', () => {
    const items = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ];
    const byId = lazyIndex(items);
    expect(byId.get('b')).toBe(items[1]);
    expect(byId.get('a')).toBe(items[0]);
    expect(byId.get('c')).toBeUndefined();
  });

  it('reads the items only when first asked', () => {
    let reads = 0;
    const items = new Proxy([{ id: 'a' }], {
      get(target, key, receiver) {
        if (key === 'map') reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    const byId = lazyIndex(items);
    expect(reads).toBe(0);
    byId.get('a');
    byId.get('a');
    expect(reads).toBe(1);
  });
});
