import type { ComparisonMatrix, FeatureSupport } from '@tandem/api';

/** The support levels in the order a picker lists them, with their words and colours. */
export const SUPPORT_LEVELS: readonly { value: FeatureSupport; label: string; color: string }[] = [
  { value: 'full', label: 'Full', color: 'teal' },
  { value: 'partial', label: 'Partial', color: 'yellow' },
  { value: 'none', label: 'None', color: 'red' },
  { value: 'unknown', label: 'Unknown', color: 'gray' },
];

/** How much of our feature set a competitor covers, from the cells filled in. */
export interface Coverage {
  readonly competitorId: string;
  readonly full: number;
  readonly partial: number;
  readonly none: number;
  readonly unknown: number;
  /**
   * Share of the known cells covered, 0–1, partial counting half; null while nothing is known,
   * so an empty column does not read as "covers nothing".
   */
  readonly share: number | null;
}

/** Each competitor's coverage of the matrix's features, in the matrix's column order. */
export function coverageByCompetitor(matrix: ComparisonMatrix): Coverage[] {
  return matrix.competitors.map(({ id }) => {
    const counts: Record<FeatureSupport, number> = { full: 0, partial: 0, none: 0, unknown: 0 };
    for (const row of matrix.rows) {
      const cell = row.cells.find((candidate) => candidate.competitorId === id);
      counts[cell?.support ?? 'unknown'] += 1;
    }
    const known = counts.full + counts.partial + counts.none;
    return {
      competitorId: id,
      ...counts,
      share: known === 0 ? null : (counts.full + counts.partial / 2) / known,
    };
  });
}

/** The cell of a row for a competitor; `unknown` when the server sent none. */
export function cellOf(
  row: ComparisonMatrix['rows'][number],
  competitorId: string,
): { support: FeatureSupport; note: string } {
  const cell = row.cells.find((candidate) => candidate.competitorId === competitorId);
  return cell ? { support: cell.support, note: cell.note } : { support: 'unknown', note: '' };
}

/** The matrix with one cell replaced (or added), for showing an edit before the server answers. */
export function withCell(
  matrix: ComparisonMatrix,
  featureId: string,
  competitorId: string,
  cell: { support: FeatureSupport; note: string },
): ComparisonMatrix {
  return {
    ...matrix,
    rows: matrix.rows.map((row) => {
      if (row.featureId !== featureId) return row;
      const others = row.cells.filter((candidate) => candidate.competitorId !== competitorId);
      return { ...row, cells: [...others, { competitorId, ...cell }] };
    }),
  };
}
