import { describe, expect, it } from 'vitest';
import type { TaskRow } from '../tasks/tasks.repository';
import { isAncestor, loopThrough } from './link-rules';

const link = (predecessor_id: string, successor_id: string) => ({ predecessor_id, successor_id });

describe('loopThrough', () => {
  it('names the tasks of the loop a new link would close, from the predecessor', () => {
    const links = [link('a', 'b'), link('b', 'c'), link('c', 'd'), link('b', 'x')];
    expect(loopThrough(links, 'd', 'a')).toEqual(['d', 'a', 'b', 'c']);
    expect(loopThrough(links, 'b', 'a')).toEqual(['b', 'a']);
  });

  it('finds no loop for links that keep the network acyclic', () => {
    const links = [link('a', 'b'), link('b', 'c')];
    expect(loopThrough(links, 'a', 'c')).toBeNull();
    expect(loopThrough(links, 'x', 'a')).toBeNull();
  });
});

describe('isAncestor', () => {
  const rows = new Map(
    [
      ['top', null],
      ['mid', 'top'],
      ['leaf', 'mid'],
      ['other', null],
    ].map(([id, parent_id]) => [id as string, { id, parent_id } as TaskRow]),
  );

  it('follows parents up the outline', () => {
    expect(isAncestor(rows, 'top', 'leaf')).toBe(true);
    expect(isAncestor(rows, 'mid', 'leaf')).toBe(true);
    expect(isAncestor(rows, 'leaf', 'top')).toBe(false);
    expect(isAncestor(rows, 'other', 'leaf')).toBe(false);
  });
});
