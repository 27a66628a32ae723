import { Badge, Stack, Table, Text } from '@mantine/core';
import type { ComparisonMatrix, FeatureSupport } from '@tandem/api';
import { memo } from 'react';
import { cellOf } from './comparison-matrix';
import { SupportCell } from './support-cell';

/** Which cell an action is about. */
export interface CellRef {
  readonly featureId: string;
  readonly competitorId: string;
}

interface ComparisonMatrixRowProps {
  readonly row: ComparisonMatrix['rows'][number];
  readonly competitors: ComparisonMatrix['competitors'];
  /** Absent for viewers. Both must keep their identity between renders (see `memo`). */
  readonly onSupport?: (cell: CellRef, support: FeatureSupport, note: string) => void;
  readonly onEditNote?: (cell: CellRef) => void;
}

/**
 * One feature's row. Memoised: an edit changes one row object (the query keeps the others
 * identical), so only that row renders again, not the whole matrix.
 */
export const ComparisonMatrixRow = memo(function ComparisonMatrixRow({
  row,
  competitors,
  onSupport,
  onEditNote,
}: ComparisonMatrixRowProps) {
  return (
    <Table.Tr data-testid="matrix-row">
      <Table.Th scope="row" fw={500}>
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {row.title}
          </Text>
          <Badge size="xs" variant="default" tt="none">
            {row.status}
          </Badge>
        </Stack>
      </Table.Th>
      {competitors.map((competitor) => {
        const cell = cellOf(row, competitor.id);
        const ref = { featureId: row.featureId, competitorId: competitor.id };
        return (
          <Table.Td key={competitor.id}>
            <SupportCell
              where={`${competitor.name} for ${row.title}`}
              support={cell.support}
              note={cell.note}
              onSupport={onSupport && ((support) => onSupport(ref, support, cell.note))}
              onEditNote={onEditNote && (() => onEditNote(ref))}
            />
          </Table.Td>
        );
      })}
    </Table.Tr>
  );
});
