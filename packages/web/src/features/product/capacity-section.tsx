import {
  Alert,
  Badge,
  Button,
  Group,
  MultiSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import type { CapacityCheck } from '@tandem/api';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { api } from '../../lib/api';
import { describeError } from '../../lib/problem';
import { describeForecast, formatPersonDays, splitAtCut, VERDICT_LABELS } from './capacity-check';

/** "What ships by date X": the ranked backlog filled against the chosen team's capacity, with the cut line. */
export function CapacitySection({ workspaceId }: { readonly workspaceId: string }) {
  const resources = useQuery({
    queryKey: ['workspaces', workspaceId, 'resources'],
    queryFn: () => api.listResources({ params: { workspaceId } }),
    select: (list) => list.items.filter((resource) => resource.type === 'work'),
  });
  const [until, setUntil] = useState('');
  const [team, setTeam] = useState<string[]>([]);
  const check = useMutation({
    mutationFn: (): Promise<CapacityCheck> =>
      api.checkCapacity({ params: { workspaceId }, body: { until, resourceIds: team } }),
  });

  return (
    <Stack gap="md">
      <form
        aria-label="Capacity check"
        onSubmit={(event) => {
          event.preventDefault();
          check.mutate();
        }}
      >
        <Group align="flex-end" gap="xs">
          <TextInput
            label="Ships by"
            type="date"
            value={until}
            onChange={(event) => setUntil(event.currentTarget.value)}
            required
          />
          <MultiSelect
            label="Team"
            placeholder={resources.isPending ? 'Loading people…' : 'Pick people'}
            data={(resources.data ?? []).map((resource) => ({ value: resource.id, label: resource.name }))}
            value={team}
            onChange={setTeam}
            searchable
            w={360}
          />
          <Button type="submit" disabled={until === '' || team.length === 0} loading={check.isPending}>
            Check
          </Button>
        </Group>
      </form>
      {resources.error && <Alert color="red">{describeError(resources.error)}</Alert>}
      {check.error && (
        <Alert color="red" role="alert">
          {describeError(check.error)}
        </Alert>
      )}
      {check.data && <CapacityResult check={check.data} />}
    </Stack>
  );
}

function CapacityResult({ check }: { readonly check: CapacityCheck }) {
  const { above, below } = splitAtCut(check);
  const rows = [...above, ...below];
  return (
    <Stack gap="xs">
      <Text size="sm">
        Capacity {formatPersonDays(check.capacityMinutes)}, committed{' '}
        {formatPersonDays(check.committedMinutes)}: {above.length} of {rows.length} ship by the date.
      </Text>
      <Table aria-label="What ships by the date">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>Feature</Table.Th>
            <Table.Th>Effort</Table.Th>
            <Table.Th>Cumulative</Table.Th>
            <Table.Th>Forecast</Table.Th>
            <Table.Th>Verdict</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            <Fragment key={row.featureId}>
              {index === above.length && (
                <Table.Tr data-testid="cut-line">
                  <Table.Td colSpan={6} style={{ borderTop: '2px dashed var(--mantine-color-red-6)' }}>
                    <Text size="xs" c="red" fw={600}>
                      Cut line: below here does not ship by the date
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              <Table.Tr c={row.ships ? undefined : 'dimmed'}>
                <Table.Td>{index + 1}</Table.Td>
                <Table.Td>{row.title}</Table.Td>
                <Table.Td>{formatPersonDays(row.effortMinutes)}</Table.Td>
                <Table.Td>{formatPersonDays(row.cumulativeMinutes)}</Table.Td>
                <Table.Td>
                  <ForecastCell row={row} />
                </Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={row.ships ? 'green' : row.verdict === 'no-estimate' ? 'gray' : 'red'}
                  >
                    {VERDICT_LABELS[row.verdict]}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** The linked work's finish, badged "levelled" when a what-if levelling gave it. */
function ForecastCell({ row }: { readonly row: CapacityCheck['items'][number] }) {
  const forecast = describeForecast(row);
  if (forecast.hint === null) return <Text size="sm">{forecast.date}</Text>;
  return (
    <Tooltip label={forecast.hint} withArrow>
      <Group gap={6} wrap="nowrap">
        <Text size="sm">{forecast.date}</Text>
        {forecast.badge && (
          <Badge size="xs" variant="outline" color="grape">
            {forecast.badge}
          </Badge>
        )}
      </Group>
    </Tooltip>
  );
}
