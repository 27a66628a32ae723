import { describe, expect, it } from 'vitest';
import { buildOutline } from './task-outline';

const t = (id: string, parent_id: string | null, position: number) => ({ id, parent_id, position });

describe('buildOutline', () => {
  it('orders depth-first by position and numbers the outline', () => {
    const outline = buildOutline([
      t('c', null, 1),
      t('b2', 'a', 1),
      t('a', null, 0),
      t('b1', 'a', 0),
      t('d', 'b2', 0),
    ]);
    expect(outline.map((e) => `${e.wbs} ${e.task.id} L${e.level}${e.summary ? ' S' : ''}`)).toEqual([
      '1 a L1 S',
      '1.1 b1 L2',
      '1.2 b2 L2 S',
      '1.2.1 d L3',
      '2 c L1',
    ]);
  });

  it('numbers siblings densely even when stored positions have gaps', () => {
    const outline = buildOutline([t('x', null, 10), t('y', null, 40)]);
    expect(outline.map((e) => e.wbs)).toEqual(['1', '2']);
  });

  it('keeps a task whose parent is missing at the top level', () => {
    expect(buildOutline([t('orphan', 'gone', 0)]).map((e) => e.level)).toEqual([1]);
  });

  it('handles a 5,000-deep chain without overflowing the stack', () => {
    const tasks = Array.from({ length: 5000 }, (_, i) => t(`n${i}`, i === 0 ? null : `n${i - 1}`, 0));
    const outline = buildOutline(tasks);
    expect(outline).toHaveLength(5000);
    expect(outline.at(-1)?.level).toBe(5000);
  });
});
