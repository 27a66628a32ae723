import type { ComparisonMatrix } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { cellOf, coverageByCompetitor, withCell } from './comparison-matrix';

const A = '00000000-0000-7000-8000-00000000000a';
const B = '00000000-0000-7000-8000-00000000000b';
const F1 = '00000000-0000-7000-8000-0000000000f1';
const F2 = '00000000-0000-7000-8000-0000000000f2';
const F3 = '00000000-0000-7000-8000-0000000000f3';

const matrix: ComparisonMatrix = {
  competitors: [
    { id: A, name: 'Acme' },
    { id: B, name: 'Bolt' },
  ],
  rows: [
    {
      featureId: F1,
      title: 'Offline',
      status: 'planned',
      cells: [{ competitorId: A, support: 'full', note: 'since v2' }],
    },
    {
      featureId: F2,
      title: 'SSO',
      status: 'planned',
      cells: [
        { competitorId: A, support: 'partial', note: '' },
        { competitorId: B, support: 'unknown', note: '' },
      ],
    },
    {
      featureId: F3,
      title: 'Audit log',
      status: 'planned',
      cells: [{ competitorId: A, support: 'none', note: '' }],
    },
  ],
};

describe('the feature comparison matrix', () => {
  it('counts a competitor’s coverage over the cells known, partial as half', () => {
    const [acme, bolt] = coverageByCompetitor(matrix);
    expect(acme).toEqual({ competitorId: A, full: 1, partial: 1, none: 1, unknown: 0, share: 0.5 });
    // nothing known about Bolt: no share rather than 0 %
    expect(bolt).toMatchObject({ unknown: 3, share: null });
  });

  it('reads a missing cell as unknown', () => {
    expect(cellOf(matrix.rows[0] as ComparisonMatrix['rows'][number], B)).toEqual({
      support: 'unknown',
      note: '',
    });
    expect(cellOf(matrix.rows[0] as ComparisonMatrix['rows'][number], A)).toEqual({
      support: 'full',
      note: 'since v2',
    });
  });

  it('replaces one cell and leaves the others as they were', () => {
    const edited = withCell(matrix, F1, B, { support: 'partial', note: 'beta' });
    const row = edited.rows[0] as ComparisonMatrix['rows'][number];
    expect(cellOf(row, B)).toEqual({ support: 'partial', note: 'beta' });
    expect(cellOf(row, A)).toEqual({ support: 'full', note: 'since v2' });
    expect(edited.rows[1]).toBe(matrix.rows[1]);
    expect(coverageByCompetitor(edited)[1]?.share).toBe(0.5);
  });
});
