import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLink, IconX } from '@tabler/icons-react';
import type { Resource, Task } from '@tandem/api';
import { useMemo, useState } from 'react';
import { ErrorState } from '../../components/states/error-state';
import { describeError } from '../../lib/problem';
import { formatHours } from '../workload/workload-cells';
import {
  useAssignments,
  useCreateAssignment,
  useDeleteAssignment,
  useUpdateAssignment,
} from './assignments.queries';
import { EditableCell } from './editable-cell';
import { formatUnits, parseUnitsInput } from './resource-fields';

interface AssignmentsPanelProps {
  readonly projectId: string;
  readonly resources: readonly Resource[];
  readonly tasks: readonly Task[];
}

/** Who works on which task of this project, at what units: add, change units, remove. */
export function AssignmentsPanel({ projectId, resources, tasks }: AssignmentsPanelProps) {
  const assignments = useAssignments(projectId);
  const create = useCreateAssignment(projectId);
  const update = useUpdateAssignment(projectId);
  const remove = useDeleteAssignment(projectId);
  const [taskId, setTaskId] = useState<string | null>(null);
  const [resourceId, setResourceId] = useState<string | null>(null);
  const [units, setUnits] = useState<number | string>(100);

  const taskById = useMemo(() => new Map(tasks.map((task) => [task.id, task])), [tasks]);
  const resourceById = useMemo(() => new Map(resources.map((r) => [r.id, r])), [resources]);
  // Only leaf tasks take assignments; a summary's work is its subtasks'.
  const taskOptions = useMemo(
    () =>
      tasks
        .filter((task) => !task.summary)
        .map((task) => ({ value: task.id, label: `${task.wbs} ${task.name}` })),
    [tasks],
  );
  const resourceOptions = resources.map((r) => ({ value: r.id, label: r.name }));
  // In outline order, as the task list reads.
  const outline = useMemo(() => new Map(tasks.map((task, index) => [task.id, index])), [tasks]);
  const rows = useMemo(
    () =>
      [...(assignments.data ?? [])].sort(
        (a, b) => (outline.get(a.taskId) ?? 0) - (outline.get(b.taskId) ?? 0),
      ),
    [assignments.data, outline],
  );

  const assign = () => {
    if (!taskId || !resourceId) return;
    const value = typeof units === 'number' ? units : Number(units);
    create.mutate(
      { taskId, resourceId, units: Number.isFinite(value) ? value : 100 },
      {
        onSuccess: () => setTaskId(null),
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: 'The resource was not assigned',
            message: describeError(error),
          }),
      },
    );
  };

  return (
    <Paper withBorder radius="lg" p="md">
      <Stack gap="sm">
        <Title order={3} size="h5">
          Assignments in this project
        </Title>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label="Task"
            placeholder="Choose a task"
            searchable
            data={taskOptions}
            value={taskId}
            onChange={setTaskId}
            allowDeselect={false}
            w={280}
            nothingFoundMessage="No task by that name"
          />
          <Select
            label="Resource"
            placeholder="Choose a resource"
            searchable
            data={resourceOptions}
            value={resourceId}
            onChange={setResourceId}
            allowDeselect={false}
            w={220}
            nothingFoundMessage="No resource by that name"
          />
          <NumberInput label="Units (%)" value={units} onChange={setUnits} min={0} max={60_000_000} w={110} />
          <Button
            leftSection={<IconLink size={16} />}
            onClick={assign}
            disabled={!taskId || !resourceId}
            loading={create.isPending}
          >
            Assign
          </Button>
        </Group>

        {assignments.isPending ? (
          <Skeleton height={80} radius="sm" aria-label="Loading assignments" />
        ) : assignments.isError ? (
          <ErrorState
            title="Assignments could not be loaded"
            error={assignments.error}
            onRetry={() => assignments.refetch()}
          />
        ) : rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            No resource is assigned yet. Choose a task and a resource above.
          </Text>
        ) : (
          <Table verticalSpacing={2} aria-label="Assignments" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Task</Table.Th>
                <Table.Th>Resource</Table.Th>
                <Table.Th w={110} ta="right">
                  Units
                </Table.Th>
                <Table.Th w={90} ta="right">
                  Work
                </Table.Th>
                <Table.Th w={44} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((assignment) => {
                const task = taskById.get(assignment.taskId);
                const resource = resourceById.get(assignment.resourceId);
                const who = `${resource?.name ?? 'resource'} on ${task?.name ?? 'task'}`;
                return (
                  <Table.Tr key={assignment.id} data-assignment-id={assignment.id}>
                    <Table.Td>{task ? `${task.wbs} ${task.name}` : assignment.taskId}</Table.Td>
                    <Table.Td>{resource?.name ?? assignment.resourceId}</Table.Td>
                    <Table.Td>
                      <EditableCell
                        value={formatUnits(assignment.units)}
                        revision={assignment.version}
                        label={`Units of ${who}`}
                        align="right"
                        onCommit={(text) => {
                          const parsed = parseUnitsInput(text);
                          if (parsed === null) return 'Units must be a percentage such as 50%';
                          update.mutate(
                            {
                              assignmentId: assignment.id,
                              body: { version: assignment.version, units: parsed },
                            },
                            {
                              onError: (error) =>
                                notifications.show({
                                  color: 'red',
                                  title: `Units of ${who} were not saved`,
                                  message: describeError(error),
                                }),
                            },
                          );
                          return null;
                        }}
                      />
                    </Table.Td>
                    <Table.Td ta="right" className="tabular">
                      {resource?.type === 'work' ? formatHours(assignment.work) : assignment.work}
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Remove ${who}`}
                        onClick={() =>
                          remove.mutate(
                            { assignmentId: assignment.id, version: assignment.version },
                            {
                              onError: (error) =>
                                notifications.show({
                                  color: 'red',
                                  title: `${who} was not removed`,
                                  message: describeError(error),
                                }),
                            },
                          )
                        }
                      >
                        <IconX size={16} />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
