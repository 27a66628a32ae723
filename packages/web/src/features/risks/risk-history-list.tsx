import { Stack, Table, Text } from '@mantine/core';
import type { Member, Risk } from '@tandem/api';
import { formatDate } from '../../lib/format';
import { useRiskHistory } from './risks.queries';

/** How a risk's ratings changed: when, by whom, and the score after each change, oldest first. */
export function RiskHistoryList({
  projectId,
  risk,
  members,
}: {
  readonly projectId: string;
  readonly risk: Risk;
  readonly members: readonly Member[];
}) {
  const history = useRiskHistory(projectId, risk.id);
  const name = (id: string) => members.find((m) => m.userId === id)?.name ?? 'someone';
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        Score history
      </Text>
      {history.isError ? (
        <Text size="sm" c="red">
          The history could not be loaded.
        </Text>
      ) : (
        <Table
          aria-label={`Score history of ${risk.code}`}
          withRowBorders={false}
          verticalSpacing={2}
          fz="sm"
        >
          <Table.Tbody>
            {(history.data ?? []).map((entry) => (
              <Table.Tr key={entry.changedAt}>
                <Table.Td>{formatDate(entry.changedAt.slice(0, 10))}</Table.Td>
                <Table.Td>{name(entry.changedBy)}</Table.Td>
                <Table.Td className="tabular">
                  P{entry.probability} × S{entry.scheduleImpact}/C{entry.costImpact}
                </Table.Td>
                <Table.Td className="tabular" ta="right">
                  score {entry.score}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
