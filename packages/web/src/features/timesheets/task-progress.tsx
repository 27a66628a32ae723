import { Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Task } from '@tandem/api';
import { useState } from 'react';
import { describeError } from '../../lib/problem';
import { useUpdateTask } from '../tasks/tasks.queries';

interface TaskProgressProps {
  readonly projectId: string;
  /** The tasks of the timesheet's rows, once each. */
  readonly tasks: readonly Task[];
}

/**
 * Percent complete of the week's tasks, reported with the time: earned value credits progress, so
 * time alone moves actual cost and progress moves earned value. Enter or leaving the box saves.
 */
export function TaskProgress({ projectId, tasks }: TaskProgressProps) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Progress">
      <Stack gap="xs">
        <Title order={5}>Progress</Title>
        <Group gap="md" wrap="wrap">
          {tasks.map((task) => (
            <ProgressInput key={`${task.id}:${task.version}`} projectId={projectId} task={task} />
          ))}
        </Group>
        <Text size="xs" c="dimmed">
          Percent complete of each task; earned value follows it.
        </Text>
      </Stack>
    </Paper>
  );
}

function ProgressInput({ projectId, task }: { readonly projectId: string; readonly task: Task }) {
  const update = useUpdateTask(projectId);
  const [value, setValue] = useState<number | string>(task.percentComplete);
  const save = () => {
    const next = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(next) || next === task.percentComplete) return;
    update.mutate(
      { taskId: task.id, body: { version: task.version, percentComplete: next } },
      {
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: `${task.name} not updated`,
            message: describeError(error),
          }),
      },
    );
  };
  return (
    <NumberInput
      label={`% complete of ${task.name}`}
      value={value}
      onChange={setValue}
      onBlur={save}
      onKeyDown={(event) => event.key === 'Enter' && save()}
      min={0}
      max={100}
      clampBehavior="strict"
      suffix="%"
      w={200}
      disabled={update.isPending}
    />
  );
}
