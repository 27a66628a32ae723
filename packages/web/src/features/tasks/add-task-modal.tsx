import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { Task } from '@tandem/api';
import { useMemo } from 'react';
import { type DurationScale, parseDurationInput } from '../../lib/format';
import { describeError, formErrorsFrom } from '../../lib/problem';
import { useCreateTask } from './tasks.queries';

interface AddTaskModalProps {
  readonly projectId: string;
  readonly workspaceId: string;
  readonly tasks: readonly Task[];
  readonly scale: DurationScale;
  readonly opened: boolean;
  readonly onClose: () => void;
}

const TOP_LEVEL = '';

export function AddTaskModal({ projectId, workspaceId, tasks, scale, opened, onClose }: AddTaskModalProps) {
  const create = useCreateTask(projectId, workspaceId);
  // listed while the dialog is open only: the tasks change with every edit in the plan behind it
  const parents = useMemo(
    () => [
      { value: TOP_LEVEL, label: 'Top level' },
      ...(opened ? tasks : [])
        .filter((t) => t.summary)
        .map((t) => ({ value: t.id, label: `${t.wbs}  ${t.name}` })),
    ],
    [tasks, opened],
  );
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', duration: '1d', parentId: TOP_LEVEL },
    validate: {
      name: (value) => (value.trim() ? null : 'Give the task a name'),
      duration: (value) =>
        parseDurationInput(value, scale) ? null : 'Enter a duration like 3d, 2w or 4h (0d for a milestone)',
    },
  });

  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    const duration = parseDurationInput(values.duration, scale);
    if (!duration) return;
    create.mutate(
      {
        name: values.name.trim(),
        duration: duration.minutes,
        durationUnit: duration.unit,
        milestone: duration.minutes === 0,
        parentId: values.parentId === TOP_LEVEL ? null : values.parentId,
      },
      {
        onSuccess: ({ task }) => {
          notifications.show({ color: 'teal', title: 'Task added', message: `${task.wbs} ${task.name}` });
          close();
        },
        onError: (error) => {
          const fieldErrors = formErrorsFrom(error);
          if (Object.keys(fieldErrors).length > 0) form.setErrors(fieldErrors);
          else notifications.show({ color: 'red', title: 'Task not added', message: describeError(error) });
        },
      },
    );
  });

  return (
    <Modal opened={opened} onClose={close} title="Add task" size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Name"
            placeholder="e.g. Accessibility audit"
            data-autofocus
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <TextInput
            label="Duration"
            description="Working time: 4h, 3d, 2w; 0d makes a milestone"
            key={form.key('duration')}
            {...form.getInputProps('duration')}
          />
          <Select
            label="Under"
            description="The summary task this task belongs to"
            data={parents}
            allowDeselect={false}
            searchable
            key={form.key('parentId')}
            {...form.getInputProps('parentId')}
          />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add task
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
