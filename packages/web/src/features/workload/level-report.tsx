import { Alert, List, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import type { LevelResult, Task } from '@tandem/api';
import { useMemo } from 'react';
import { formatTaskDate, pluralize } from '../../lib/format';
import { delayReport, formatElapsedDelay } from './workload-cells';

interface LevelReportProps {
  readonly result: LevelResult;
  readonly tasks: readonly Task[];
  readonly onClose: () => void;
}

/** What the last levelling did: which tasks it delayed and by how much, and what it could not fix. */
export function LevelReport({ result, tasks, onClose }: LevelReportProps) {
  const rows = useMemo(() => delayReport(result.delays, tasks), [result.delays, tasks]);
  const names = useMemo(() => new Map(tasks.map((task) => [task.id, task.name])), [tasks]);
  const finishMoved = result.finishAfter !== result.finishBefore;

  return (
    <section aria-label="Levelling report" aria-live="polite">
      <Alert
        variant="light"
        color={result.remaining.length > 0 ? 'yellow' : 'teal'}
        icon={<IconScale size={18} />}
        title={`Levelling delayed ${pluralize(rows.length, 'task')}${
          finishMoved
            ? `; the project finish moved from ${formatTaskDate(result.finishBefore)} to ${formatTaskDate(result.finishAfter)}`
            : '; the project finish did not move'
        }`}
        withCloseButton
        closeButtonLabel="Close the levelling report"
        onClose={onClose}
      >
        <Stack gap="sm">
          {rows.length > 0 && (
            <ScrollArea.Autosize mah={220}>
              <Table verticalSpacing={4} horizontalSpacing="sm" aria-label="Tasks delayed by levelling">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Task</Table.Th>
                    <Table.Th ta="right">Delay</Table.Th>
                    <Table.Th>Would start</Table.Th>
                    <Table.Th>Now starts</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.taskId} data-task-id={row.taskId}>
                      <Table.Td>
                        {row.wbs && (
                          <Text span size="xs" c="dimmed" mr={6}>
                            {row.wbs}
                          </Text>
                        )}
                        {row.name}
                      </Table.Td>
                      <Table.Td ta="right" className="tabular">
                        {formatElapsedDelay(row.delayMinutes)}
                      </Table.Td>
                      <Table.Td className="tabular">{formatTaskDate(row.from)}</Table.Td>
                      <Table.Td className="tabular">{formatTaskDate(row.to)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          )}
          {result.remaining.length > 0 ? (
            <div>
              <Text size="sm" fw={600}>
                {pluralize(result.remaining.length, 'overallocation')} could not be removed:
              </Text>
              <List size="sm" spacing={2}>
                {result.remaining.map((over) => (
                  <List.Item key={`${over.resourceId}:${over.from}`}>
                    {formatTaskDate(over.from)} – {formatTaskDate(over.to)}: {Math.round(over.peakUnits)} % of{' '}
                    {Math.round(over.maxUnits)} % ({over.reason}) on{' '}
                    {over.taskIds.map((id) => names.get(id) ?? id).join(', ')}
                  </List.Item>
                ))}
              </List>
            </div>
          ) : (
            <Text size="sm">No overallocation remains.</Text>
          )}
        </Stack>
      </Alert>
    </section>
  );
}
