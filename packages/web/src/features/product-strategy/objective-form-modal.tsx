import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { Goal, Member } from '@tandem/api';
import { useEffect, useState } from 'react';
import { describeError } from '../../lib/problem';
import { conflictFromError } from '../conflicts/conflict-state';
import {
  EMPTY_KEY_RESULT,
  EMPTY_OBJECTIVE_FORM,
  goalToForm,
  type ObjectiveFormValues,
  objectiveRequestFrom,
} from './objective-form';
import { fieldErrorsOf } from './server-errors';
import { useCreateGoal, useUpdateGoal } from './strategy.queries';

interface ObjectiveFormModalProps {
  readonly workspaceId: string;
  /** The objective edited; null to create one. */
  readonly goal: Goal | null;
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly members: readonly Member[];
}

/** Creates or edits an objective and its key results; problems show on the fields they concern. */
export function ObjectiveFormModal({ workspaceId, goal, opened, onClose, members }: ObjectiveFormModalProps) {
  const create = useCreateGoal(workspaceId);
  const update = useUpdateGoal(workspaceId);
  const form = useForm<ObjectiveFormValues>({ initialValues: EMPTY_OBJECTIVE_FORM });
  // the version the edit is based on; a 409 moves it to theirs once the user has been told
  const [version, setVersion] = useState(goal?.version ?? 1);
  const [conflicted, setConflicted] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh form each time the dialog opens
  useEffect(() => {
    if (!opened) return;
    const values = goal ? goalToForm(goal) : EMPTY_OBJECTIVE_FORM;
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
    setVersion(goal?.version ?? 1);
    setConflicted(false);
    setFailure(null);
  }, [opened, goal?.id]);

  const onError = (error: unknown) => {
    const conflict = conflictFromError(error);
    if (conflict?.current) {
      setVersion(conflict.current.version);
      setConflicted(true);
      return;
    }
    const fields = fieldErrorsOf(error);
    if (Object.keys(fields).length > 0) form.setErrors(fields);
    else setFailure(error);
  };

  const submit = form.onSubmit((values) => {
    setFailure(null);
    const parsed = objectiveRequestFrom(values);
    if ('errors' in parsed) {
      form.setErrors(parsed.errors);
      return;
    }
    const done = (saved: Goal) => {
      notifications.show({
        color: 'teal',
        title: goal ? 'Objective saved' : 'Objective added',
        message: saved.title,
      });
      onClose();
    };
    if (goal)
      update.mutate({ goalId: goal.id, body: { ...parsed.request, version } }, { onSuccess: done, onError });
    else create.mutate(parsed.request, { onSuccess: done, onError });
  });

  const keyResults = form.values.keyResults;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={goal ? `Edit “${goal.title}”` : 'New objective'}
      size="xl"
    >
      <form onSubmit={submit} noValidate aria-label={goal ? 'Edit objective' : 'New objective'}>
        <Stack gap="sm">
          <TextInput label="Objective" required data-autofocus {...form.getInputProps('title')} />
          <Textarea label="Why it matters" autosize minRows={2} {...form.getInputProps('description')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label="Owner"
              placeholder="Nobody yet"
              clearable
              searchable
              data={members.map((m) => ({ value: m.userId, label: m.name }))}
              {...form.getInputProps('ownerId')}
            />
            <TextInput label="Period start" type="date" {...form.getInputProps('periodStart')} />
            <TextInput label="Period end" type="date" {...form.getInputProps('periodEnd')} />
          </SimpleGrid>
          <Group justify="space-between" mt="xs">
            <Text fw={600} size="sm">
              Key results
            </Text>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem('keyResults', EMPTY_KEY_RESULT)}
            >
              Add key result
            </Button>
          </Group>
          {keyResults.length === 0 && (
            <Text size="sm" c="dimmed">
              Without key results the objective has no progress to show.
            </Text>
          )}
          {keyResults.map((kr, index) => (
            // new key results have no id yet: the row's position identifies it while editing
            <Group
              key={kr.id ?? `new-${index}`}
              align="flex-start"
              wrap="nowrap"
              gap="sm"
              role="group"
              aria-label={`Key result ${index + 1}`}
            >
              <TextInput
                label="Metric"
                aria-label={`Key result ${index + 1} metric`}
                placeholder="Weekly active teams"
                style={{ flex: 1 }}
                {...form.getInputProps(`keyResults.${index}.metric`)}
              />
              <NumberInput
                label="Baseline"
                aria-label={`Key result ${index + 1} baseline`}
                w={150}
                {...form.getInputProps(`keyResults.${index}.baseline`)}
              />
              <NumberInput
                label="Target"
                aria-label={`Key result ${index + 1} target`}
                w={150}
                {...form.getInputProps(`keyResults.${index}.target`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={25}
                aria-label={`Remove key result ${kr.metric.trim() || index + 1}`}
                onClick={() => form.removeListItem('keyResults', index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          {goal?.keyResults.some((kr) => !keyResults.some((k) => k.id === kr.id)) && (
            <Text size="xs" c="orange">
              Removed key results lose their check-in history when you save.
            </Text>
          )}
          {form.errors.keyResults && (
            <Text size="xs" c="red" role="alert">
              {form.errors.keyResults}
            </Text>
          )}
          {conflicted && (
            <Alert color="yellow" role="alert" title="Someone else changed this objective meanwhile">
              A check-in or another edit was saved since you opened it. Save again to apply your version over
              theirs, or cancel to see theirs.
            </Alert>
          )}
          {failure !== null && (
            <Alert color="red" role="alert" title="The objective was not saved">
              {describeError(failure)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {goal ? 'Save objective' : 'Create objective'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
