import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { Project } from '@tandem/api';
import { describeError, formErrorsFrom } from '../../lib/problem';
import { useCreateProject } from './projects.queries';

interface NewProjectModalProps {
  readonly workspaceId: string;
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly onCreated: (project: Project) => void;
}

export function NewProjectModal({ workspaceId, opened, onClose, onCreated }: NewProjectModalProps) {
  const create = useCreateProject(workspaceId);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', start: null as string | null },
    validate: {
      name: (value) => (value.trim() ? null : 'Give the project a name'),
    },
  });

  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    create.mutate(
      {
        name: values.name.trim(),
        // A project starts at the beginning of the working day (08:00, floating time).
        ...(values.start ? { start: `${values.start.slice(0, 10)}T08:00:00` } : {}),
      },
      {
        onSuccess: (project) => {
          notifications.show({ color: 'teal', title: 'Project created', message: project.name });
          close();
          onCreated(project);
        },
        onError: (error) => {
          const fieldErrors = formErrorsFrom(error);
          if (Object.keys(fieldErrors).length > 0) form.setErrors(fieldErrors);
          else
            notifications.show({ color: 'red', title: 'Project not created', message: describeError(error) });
        },
      },
    );
  });

  return (
    <Modal opened={opened} onClose={close} title="New project" size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Name"
            placeholder="e.g. Mobile app 3.0"
            data-autofocus
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <DateInput
            label="Start date"
            description="Leave empty to start on the next working day"
            placeholder="Pick a date"
            valueFormat="D MMM YYYY"
            clearable
            key={form.key('start')}
            {...form.getInputProps('start')}
          />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create project
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
