import {
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  Popover,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEraser, IconScale, IconUsers } from '@tabler/icons-react';
import type { LevelRequest, LevelResult, WorkloadPeriod } from '@tandem/api';
import { useMemo, useState } from 'react';
import { EmptyState } from '../../components/states/empty-state';
import { ErrorState } from '../../components/states/error-state';
import { pluralize } from '../../lib/format';
import { describeError } from '../../lib/problem';
import { useProject } from '../projects/projects.queries';
import { useTasks } from '../tasks/tasks.queries';
import { LevelReport } from './level-report';
import { useClearLeveling, useLevelProject, useWorkload } from './workload.queries';
import { countOverallocated, MAX_DAY_COLUMNS, workloadWindow } from './workload-cells';
import { WorkloadGrid } from './workload-grid';

export interface WorkloadViewProps {
  readonly workspaceId: string;
  readonly projectId: string;
}

type LevelingOrder = NonNullable<LevelRequest['order']>;

/**
 * Resource workload: per resource per day or week, work against capacity with overallocations
 * highlighted; "Level" delays tasks with the levelling engine and reports what moved, "Clear
 * levelling" removes the delays.
 */
export function WorkloadView({ projectId }: WorkloadViewProps) {
  const [period, setPeriod] = useState<WorkloadPeriod>('day');
  const project = useProject(projectId);
  const span = project.data ? workloadWindow(project.data.start, project.data.finish, period) : null;
  const workload = useWorkload(projectId, { period, from: span?.from, to: span?.to }, span !== null);
  const tasks = useTasks(projectId);
  const level = useLevelProject(projectId);
  const clear = useClearLeveling(projectId);
  const [report, setReport] = useState<LevelResult | null>(null);
  const [optionsOpen, setOptionsOpen] = useState(false);
  const [order, setOrder] = useState<LevelingOrder>('standard');
  const [withinSlack, setWithinSlack] = useState(false);
  const counts = useMemo(() => (workload.data ? countOverallocated(workload.data) : null), [workload.data]);

  const runLevel = () => {
    setOptionsOpen(false);
    level.mutate(
      { order, withinSlack, clearExisting: true },
      {
        onSuccess: setReport,
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Levelling failed', message: describeError(error) }),
      },
    );
  };
  const runClear = () =>
    clear.mutate(
      {},
      {
        onSuccess: (result) => {
          setReport(null);
          notifications.show({
            color: 'teal',
            title: 'Levelling cleared',
            message: `Removed the levelling delay of ${pluralize(result.clearedTaskIds.length, 'task')}.`,
          });
        },
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: 'Levelling was not cleared',
            message: describeError(error),
          }),
      },
    );

  const overallocationCount = workload.data?.overallocations.length ?? 0;

  return (
    <Stack gap="md" h="100%">
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          <SegmentedControl
            aria-label="Period of the workload columns"
            value={period}
            onChange={(value) => setPeriod(value as WorkloadPeriod)}
            data={[
              { value: 'day', label: 'Days' },
              { value: 'week', label: 'Weeks' },
            ]}
          />
          {workload.data && (
            <Badge
              color={overallocationCount > 0 ? 'red' : 'teal'}
              variant="light"
              data-testid="overallocation-summary"
              aria-live="polite"
            >
              {overallocationCount > 0
                ? `${pluralize(overallocationCount, 'overallocation')}`
                : 'No overallocation'}
            </Badge>
          )}
        </Group>
        <Group gap="sm">
          <Popover opened={optionsOpen} onChange={setOptionsOpen} withArrow trapFocus position="bottom-end">
            <Popover.Target>
              <Button
                leftSection={<IconScale size={16} />}
                loading={level.isPending}
                onClick={() => setOptionsOpen((open) => !open)}
              >
                Level
              </Button>
            </Popover.Target>
            <Popover.Dropdown>
              <Stack gap="sm" w={260}>
                <Select
                  label="Levelling order"
                  value={order}
                  onChange={(value) => value && setOrder(value as LevelingOrder)}
                  allowDeselect={false}
                  comboboxProps={{ withinPortal: false }}
                  data={[
                    { value: 'standard', label: 'Standard' },
                    { value: 'priority', label: 'Priority, standard' },
                    { value: 'id', label: 'ID only' },
                  ]}
                />
                <Checkbox
                  label="Level only within available slack"
                  checked={withinSlack}
                  onChange={(event) => setWithinSlack(event.currentTarget.checked)}
                />
                <Button onClick={runLevel}>Level now</Button>
              </Stack>
            </Popover.Dropdown>
          </Popover>
          <Button
            variant="default"
            leftSection={<IconEraser size={16} />}
            loading={clear.isPending}
            onClick={runClear}
          >
            Clear levelling
          </Button>
        </Group>
      </Group>

      {report && <LevelReport result={report} tasks={tasks.data ?? []} onClose={() => setReport(null)} />}

      <Box style={{ flex: 1, minHeight: 240 }}>
        {project.isError ? (
          <ErrorState
            title="The project could not be loaded"
            error={project.error}
            onRetry={() => project.refetch()}
          />
        ) : workload.isPending ? (
          <Stack gap="xs" aria-label="Loading the workload">
            {[0, 1, 2].map((row) => (
              <Skeleton key={row} height={40} radius="sm" />
            ))}
          </Stack>
        ) : workload.isError ? (
          <ErrorState
            title="The workload could not be loaded"
            error={workload.error}
            onRetry={() => workload.refetch()}
          />
        ) : workload.data.resources.length === 0 ? (
          <EmptyState
            icon={<IconUsers size={22} />}
            title="No resource works on this project"
            description="Assign work resources to tasks in the Resources view; their load per day or week appears here."
          />
        ) : (
          <Stack gap={4} h="100%">
            <Text size="xs" c="dimmed">
              Hours of work per {period}; a red cell marked "!" is more work than the resource can do.
              {span?.truncated &&
                ` Showing the first ${MAX_DAY_COLUMNS} days of the project: switch to weeks to see all of it.`}
            </Text>
            <Box style={{ flex: 1, minHeight: 200 }}>
              <WorkloadGrid
                workload={workload.data}
                overallocatedByResource={counts?.byResource ?? new Map()}
              />
            </Box>
          </Stack>
        )}
      </Box>
    </Stack>
  );
}
