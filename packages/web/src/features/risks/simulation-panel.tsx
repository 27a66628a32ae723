import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChartHistogram } from '@tabler/icons-react';
import type { Simulation, Task } from '@tandem/api';
import { useMemo, useState } from 'react';
import { formatDate, formatTaskDate } from '../../lib/format';
import { describeError, formErrorsFrom } from '../../lib/problem';
import { useLatestSimulation } from '../controls/controls.queries';
import { LazyEChart } from '../controls/lazy-echart';
import { useRunSimulation } from './risks.queries';
import { histogramOption, tornadoOption } from './simulation-charts';

interface SimulationPanelProps {
  readonly projectId: string;
  readonly tasks: ReadonlyMap<string, Task>;
}

const PERCENTILES = ['p10', 'p50', 'p80', 'p90'] as const;

/** Runs the Monte Carlo schedule risk analysis and shows its finish distribution, tornado and criticality. */
export function SimulationPanel({ projectId, tasks }: SimulationPanelProps) {
  const latest = useLatestSimulation(projectId);
  const run = useRunSimulation(projectId);
  const [iterations, setIterations] = useState<number | string>(10_000);
  const [low, setLow] = useState<number | string>(-10);
  const [high, setHigh] = useState<number | string>(30);
  const [deadline, setDeadline] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const simulation = latest.data ?? null;

  const start = () => {
    const day = deadline.trim();
    if (day !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      setErrors({ deadline: 'Enter the deadline as YYYY-MM-DD, or leave it empty' });
      return;
    }
    setErrors({});
    run.mutate(
      {
        iterations: Number(iterations),
        uncertainty: { low: Number(low), high: Number(high) },
        deadline: day === '' ? null : `${day}T17:00:00`,
      },
      {
        onError: (error) => {
          const fieldErrors = formErrorsFrom(error);
          const mapped: Record<string, string> = {};
          for (const [field, message] of Object.entries(fieldErrors))
            mapped[field.replace(/^uncertainty\./, '')] = message;
          if (Object.keys(mapped).length > 0) setErrors(mapped);
          else
            notifications.show({
              color: 'red',
              title: 'The simulation did not run',
              message: describeError(error),
            });
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Schedule risk simulation">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Title order={4}>Schedule risk (Monte Carlo)</Title>
          <Group align="flex-start" gap="xs" wrap="wrap">
            <NumberInput
              label="Iterations"
              value={iterations}
              onChange={setIterations}
              min={100}
              max={100_000}
              step={1000}
              w={120}
              error={errors.iterations}
            />
            <NumberInput
              label="Low %"
              value={low}
              onChange={setLow}
              min={-99}
              max={0}
              w={90}
              error={errors.low}
            />
            <NumberInput
              label="High %"
              value={high}
              onChange={setHigh}
              min={0}
              max={500}
              w={90}
              error={errors.high}
            />
            <TextInput
              label="Deadline"
              placeholder="YYYY-MM-DD"
              value={deadline}
              onChange={(e) => setDeadline(e.currentTarget.value)}
              w={130}
              error={errors.deadline}
            />
            <Button
              mt={24}
              leftSection={<IconChartHistogram size={16} />}
              onClick={start}
              loading={run.isPending}
            >
              Run simulation
            </Button>
          </Group>
        </Group>
        {simulation === null ? (
          <Text c="dimmed" size="sm">
            No simulation has run yet. Each task’s duration becomes a triangular estimate from Low % to High %
            around it; open risks linked to tasks take part as risk events.
          </Text>
        ) : (
          <SimulationResult simulation={simulation} tasks={tasks} />
        )}
      </Stack>
    </Paper>
  );
}

function SimulationResult({
  simulation,
  tasks,
}: {
  readonly simulation: Simulation;
  readonly tasks: ReadonlyMap<string, Task>;
}) {
  const histogram = useMemo(() => histogramOption(simulation), [simulation]);
  const tornado = useMemo(() => tornadoOption(simulation, tasks), [simulation, tasks]);
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        {PERCENTILES.map((key) => (
          <div key={key}>
            <Text size="xs" c="dimmed" tt="uppercase">
              {key} finish
            </Text>
            <Text fw={700} className="tabular" data-testid={`sim-${key}`}>
              {formatTaskDate(simulation.finish[key])}
            </Text>
          </div>
        ))}
        <div>
          <Text size="xs" c="dimmed" tt="uppercase">
            Deterministic
          </Text>
          <Text fw={700} className="tabular">
            {formatTaskDate(simulation.deterministicFinish)}
          </Text>
        </div>
      </SimpleGrid>
      <Text size="sm" c="dimmed" data-testid="sim-meta">
        {simulation.iterations.toLocaleString('en-GB')} iterations, seed {simulation.seed}, durations{' '}
        {simulation.uncertainty.low}% to +{simulation.uncertainty.high}%, {simulation.risks} risk{' '}
        {simulation.risks === 1 ? 'event' : 'events'}; run {formatDate(simulation.createdAt.slice(0, 10))}.
      </Text>
      {simulation.deadline && simulation.deadlineProbability !== null && (
        <Alert color={simulation.deadlineProbability >= 0.8 ? 'teal' : 'orange'} variant="light">
          {Math.round(simulation.deadlineProbability * 100)}% chance of finishing by{' '}
          {formatTaskDate(simulation.deadline)}.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <div>
          <Text fw={600} size="sm">
            Finish date distribution
          </Text>
          <LazyEChart
            option={histogram}
            height={260}
            label="Histogram of simulated finish dates with the cumulative probability"
            testId="sim-histogram"
          />
        </div>
        <div>
          <Text fw={600} size="sm">
            Sensitivity (tornado)
          </Text>
          <LazyEChart
            option={tornado}
            height={260}
            label="Tasks whose duration moves the finish most"
            testId="sim-tornado"
          />
        </div>
      </SimpleGrid>
      <div>
        <Text fw={600} size="sm">
          Criticality index
        </Text>
        <Table aria-label="Criticality index" withRowBorders={false} verticalSpacing={2}>
          <Table.Tbody>
            {simulation.criticality.slice(0, 10).map((item) => (
              <Table.Tr key={item.taskId}>
                <Table.Td>{tasks.get(item.taskId)?.name ?? 'deleted task'}</Table.Td>
                <Table.Td className="tabular" ta="right">
                  {Math.round(item.index * 100)}%
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}
