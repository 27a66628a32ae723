import { parseDateTime } from '@tandem/engine';
import { describe, expect, it } from 'vitest';
import { type LinkedPlan, linkedForecast } from './capacity-forecast';

const at = parseDateTime;

const levelled: LinkedPlan = {
  basis: 'levelled',
  taskFinish: new Map([
    ['a', at('2026-03-06T17:00')],
    ['b', at('2026-03-13T17:00')],
  ]),
  finish: at('2026-03-13T17:00'),
};
const stored: LinkedPlan = {
  basis: 'cpm',
  taskFinish: new Map([
    ['x', at('2026-03-04T17:00')],
    ['y', at('2026-03-13T17:00')],
    ['z', at('2026-03-20T17:00')],
  ]),
  finish: at('2026-03-20T17:00'),
};
const plans = new Map([
  ['team', levelled],
  ['solo', stored],
]);

describe('linkedForecast', () => {
  it('takes the latest finish of the linked tasks from their project’s plan', () => {
    expect(
      linkedForecast(
        [
          { projectId: 'team', taskId: 'b' },
          { projectId: 'team', taskId: 'a' },
        ],
        plans,
      ),
    ).toEqual({ finish: at('2026-03-13T17:00'), basis: 'levelled' });
  });

  it('reads a whole-project link as the project finish', () => {
    expect(linkedForecast([{ projectId: 'solo', taskId: null }], plans)).toEqual({
      finish: at('2026-03-20T17:00'),
      basis: 'cpm',
    });
  });

  it('gives the basis of the plan whose finish is the latest', () => {
    const links = (solo: string) => [
      { projectId: 'team', taskId: 'a' },
      { projectId: 'solo', taskId: solo },
    ];
    expect(linkedForecast(links('z'), plans)?.basis).toBe('cpm');
    expect(linkedForecast(links('x'), plans)).toEqual({ finish: at('2026-03-06T17:00'), basis: 'levelled' });
  });

  it('prefers the levelled basis when both plans finish at the same time', () => {
    const tie = [
      { projectId: 'solo', taskId: 'y' },
      { projectId: 'team', taskId: 'b' },
    ];
    expect(linkedForecast(tie, plans)?.basis).toBe('levelled');
    expect(linkedForecast([...tie].reverse(), plans)?.basis).toBe('levelled');
  });

  it('has no forecast when no link gives a date', () => {
    const empty: LinkedPlan = { basis: 'cpm', taskFinish: new Map(), finish: null };
    expect(
      linkedForecast(
        [
          { projectId: 'gone', taskId: 'a' },
          { projectId: 'team', taskId: 'deleted' },
          { projectId: 'empty', taskId: null },
        ],
        new Map([...plans, ['empty', empty]]),
      ),
    ).toBeNull();
    expect(linkedForecast([], plans)).toBeNull();
  });
});
