import { Button, Paper, Skeleton, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTable } from '@tabler/icons-react';
import type { FeatureSupport } from '@tandem/api';
import { useCallback, useMemo, useState } from 'react';
import { AnchorLink } from '../../components/router-links';
import { EmptyState } from '../../components/states/empty-state';
import { ErrorState } from '../../components/states/error-state';
import { describeError } from '../../lib/problem';
import { CellNoteModal } from './cell-note-modal';
import { cellOf, coverageByCompetitor } from './comparison-matrix';
import { type CellRef, ComparisonMatrixRow } from './comparison-matrix-row';
import { useComparisonMatrix, useSetComparisonCell } from './market.queries';

interface ComparisonMatrixTabProps {
  readonly workspaceId: string;
  readonly canEdit: boolean;
  readonly onAddCompetitor: () => void;
}

/** Our features (rows, by rank) against the competitors (columns); each cell is editable in place. */
export function ComparisonMatrixTab({ workspaceId, canEdit, onAddCompetitor }: ComparisonMatrixTabProps) {
  const matrix = useComparisonMatrix(workspaceId);
  const { mutate } = useSetComparisonCell(workspaceId);
  const [noteOf, setNoteOf] = useState<CellRef | null>(null);
  const coverage = useMemo(() => (matrix.data ? coverageByCompetitor(matrix.data) : []), [matrix.data]);

  // stable, so that a row whose data did not change is not rendered again
  const setCell = useCallback(
    ({ featureId, competitorId }: CellRef, support: FeatureSupport, note: string) =>
      mutate(
        { featureId, competitorId, support, note },
        {
          onError: (error) =>
            notifications.show({
              color: 'red',
              title: 'Comparison not saved',
              message: describeError(error),
            }),
        },
      ),
    [mutate],
  );

  if (matrix.isPending) return <Skeleton h={260} />;
  if (matrix.error) {
    return (
      <ErrorState
        title="The comparison could not be loaded"
        error={matrix.error}
        onRetry={() => void matrix.refetch()}
      />
    );
  }
  const { competitors, rows } = matrix.data;
  if (competitors.length === 0) {
    return (
      <EmptyState
        icon={<IconTable size={22} />}
        title="No competitors to compare"
        description="Each competitor becomes a column here; add one to compare it with our features."
        action={canEdit && <Button onClick={onAddCompetitor}>Go to competitors</Button>}
      />
    );
  }
  if (rows.length === 0) {
    return (
      <EmptyState
        icon={<IconTable size={22} />}
        title="No features to compare"
        description="The rows are our features from the backlog (rejected ones left out)."
        action={
          <AnchorLink to="/w/$workspaceId/product/backlog" params={{ workspaceId }}>
            Open the backlog
          </AnchorLink>
        }
      />
    );
  }

  const noteRow = noteOf && rows.find((row) => row.featureId === noteOf.featureId);
  const noteCompetitor = noteOf && competitors.find((competitor) => competitor.id === noteOf.competitorId);
  const noteCell = noteRow && noteOf ? cellOf(noteRow, noteOf.competitorId) : null;

  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={260 + competitors.length * 160}>
        <Table aria-label="Feature comparison" verticalSpacing={6} withColumnBorders stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Feature</Table.Th>
              {competitors.map((competitor, index) => {
                const share = coverage[index]?.share ?? null;
                return (
                  <Table.Th key={competitor.id} scope="col">
                    <Stack gap={2}>
                      <Text fw={600} size="sm">
                        {competitor.name}
                      </Text>
                      <Text
                        size="xs"
                        c="dimmed"
                        title="Share of the features they cover (partial counts half), over the cells known"
                      >
                        {share === null ? 'coverage unknown' : `covers ${Math.round(share * 100)} %`}
                      </Text>
                    </Stack>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <ComparisonMatrixRow
                key={row.featureId}
                row={row}
                competitors={competitors}
                onSupport={canEdit ? setCell : undefined}
                onEditNote={canEdit ? setNoteOf : undefined}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CellNoteModal
        where={noteRow && noteCompetitor ? `${noteCompetitor.name} for ${noteRow.title}` : null}
        note={noteCell?.note ?? ''}
        onSave={(note) => {
          if (noteOf && noteCell) setCell(noteOf, noteCell.support, note);
          setNoteOf(null);
        }}
        onClose={() => setNoteOf(null)}
      />
    </Paper>
  );
}
