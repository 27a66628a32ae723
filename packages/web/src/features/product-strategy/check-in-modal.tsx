import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { KeyResult } from '@tandem/api';
import { useEffect } from 'react';
import { formatDate, todayIso } from '../../lib/format';
import { describeError } from '../../lib/problem';
import { type CheckInFormValues, checkInFormFor, checkInRequestFrom } from './check-in-form';
import { formatMeasure, formatRatio } from './okr-format';
import { fieldErrorsOf } from './server-errors';
import { useCreateCheckIn } from './strategy.queries';

interface CheckInModalProps {
  readonly workspaceId: string;
  /** The key result checked in on; null while the dialog is closed. */
  readonly keyResult: KeyResult | null;
  readonly onClose: () => void;
}

/** Records a dated reading of a key result: its value and how confident the owner is. */
export function CheckInModal({ workspaceId, keyResult, onClose }: CheckInModalProps) {
  const create = useCreateCheckIn(workspaceId);
  const form = useForm<CheckInFormValues>({
    initialValues: { date: todayIso(), value: '', confidence: 50, note: '' },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: start from the key result each time it opens
  useEffect(() => {
    if (!keyResult) return;
    form.setValues(checkInFormFor(keyResult, todayIso()));
    form.clearErrors();
    create.reset();
  }, [keyResult?.id]);

  const submit = form.onSubmit((values) => {
    if (!keyResult) return;
    const parsed = checkInRequestFrom(values, todayIso());
    if ('errors' in parsed) {
      form.setErrors(parsed.errors);
      return;
    }
    create.mutate(
      { keyResultId: keyResult.id, body: parsed.request },
      {
        onSuccess: ({ goal, checkIn }) => {
          const updated = goal.keyResults.find((kr) => kr.id === keyResult.id);
          notifications.show({
            color: 'teal',
            title: `Checked in on ${keyResult.metric}`,
            message: updated
              ? `${formatMeasure(checkIn.value)} on ${formatDate(checkIn.date)}: ${formatRatio(updated.progress)} of the way`
              : `${formatMeasure(checkIn.value)} on ${formatDate(checkIn.date)}`,
          });
          onClose();
        },
        onError: (error) => {
          const fields = fieldErrorsOf(error);
          // the server speaks of confidence as 0–1; the form shows percent
          if (fields.confidence) fields.confidence = 'Must be between 0 and 100 %';
          form.setErrors(fields);
        },
      },
    );
  });

  const serverErrors = fieldErrorsOf(create.error);
  return (
    <Modal
      opened={keyResult !== null}
      onClose={onClose}
      title={keyResult ? `Check in: ${keyResult.metric}` : 'Check in'}
    >
      {keyResult && (
        <form onSubmit={submit} noValidate aria-label={`Check in on ${keyResult.metric}`}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              From {formatMeasure(keyResult.baseline)} to {formatMeasure(keyResult.target)}; now{' '}
              {formatMeasure(keyResult.current)}. The latest-dated check-in sets the current value.
            </Text>
            <SimpleGrid cols={2}>
              <TextInput label="Date" type="date" max={todayIso()} {...form.getInputProps('date')} />
              <NumberInput label="Value" data-autofocus {...form.getInputProps('value')} />
            </SimpleGrid>
            <NumberInput
              label="Confidence"
              description="How sure you are the target will be met"
              suffix=" %"
              min={0}
              max={100}
              clampBehavior="none"
              {...form.getInputProps('confidence')}
            />
            <Textarea label="Note" autosize minRows={2} {...form.getInputProps('note')} />
            {create.error && Object.keys(serverErrors).length === 0 && (
              <Alert color="red" role="alert" title="The check-in was not saved">
                {describeError(create.error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending}>
                Save check-in
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
