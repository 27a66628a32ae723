import { Alert, Skeleton, Table, Text } from '@mantine/core';
import type { KeyResult, Member } from '@tandem/api';
import { formatDate } from '../../lib/format';
import { describeError } from '../../lib/problem';
import { formatMeasure, formatRatio } from './okr-format';
import { useCheckIns } from './strategy.queries';

/** A key result's check-ins, newest first. */
export function CheckInHistory({
  keyResult,
  members,
}: {
  readonly keyResult: KeyResult;
  readonly members: readonly Member[];
}) {
  const checkIns = useCheckIns(keyResult.id, true);
  const names = new Map(members.map((m) => [m.userId, m.name]));
  if (checkIns.isPending) return <Skeleton h={60} />;
  if (checkIns.error)
    return (
      <Alert color="red" role="alert" title="The check-ins could not be loaded">
        {describeError(checkIns.error)}
      </Alert>
    );
  if (checkIns.data.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No check-ins yet: the value is still the one set with the key result.
      </Text>
    );
  return (
    <Table aria-label={`Check-ins of ${keyResult.metric}`} fz="sm" withRowBorders={false}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Date</Table.Th>
          <Table.Th ta="right">Value</Table.Th>
          <Table.Th ta="right">Confidence</Table.Th>
          <Table.Th>Note</Table.Th>
          <Table.Th>By</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {checkIns.data.map((checkIn) => (
          <Table.Tr key={checkIn.id} data-testid="check-in">
            <Table.Td>{formatDate(checkIn.date)}</Table.Td>
            <Table.Td ta="right">{formatMeasure(checkIn.value)}</Table.Td>
            <Table.Td ta="right">{formatRatio(checkIn.confidence)}</Table.Td>
            <Table.Td>{checkIn.note || '—'}</Table.Td>
            <Table.Td>
              {checkIn.createdBy ? (names.get(checkIn.createdBy) ?? 'a former member') : '—'}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
