import type { Feature } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { replaceProjectLinks } from './feature-links';

const links: Feature['links'] = [
  { projectId: 'p1', taskId: 't1' },
  { projectId: 'p2', taskId: null },
];

describe('replaceProjectLinks', () => {
  it('replaces one project’s task links and keeps the other projects’', () => {
    expect(replaceProjectLinks(links, 'p1', ['t2', 't3', 't2'], false)).toEqual([
      { projectId: 'p2', taskId: null },
      { projectId: 'p1', taskId: 't2' },
      { projectId: 'p1', taskId: 't3' },
    ]);
  });

  it('links the whole project when asked and no task is chosen', () => {
    expect(replaceProjectLinks([], 'p1', [], true)).toEqual([{ projectId: 'p1', taskId: null }]);
  });

  it('removes the project’s links when nothing is chosen', () => {
    expect(replaceProjectLinks(links, 'p1', [], false)).toEqual([{ projectId: 'p2', taskId: null }]);
  });
});
