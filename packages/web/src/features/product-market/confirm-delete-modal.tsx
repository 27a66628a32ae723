import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { describeError } from '../../lib/problem';
import { isConflict } from './form-problem';

interface ConfirmDeleteModalProps {
  /** What is deleted, e.g. "stakeholder Ada Lovelace"; null closes the dialog. */
  readonly subject: string | null;
  /** What else goes with it, said before the user agrees. */
  readonly consequence?: string;
  readonly pending: boolean;
  readonly error: unknown;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
}

/** Asks before deleting; shows why a delete was refused (a newer version, a permission). */
export function ConfirmDeleteModal({
  subject,
  consequence,
  pending,
  error,
  onConfirm,
  onClose,
}: ConfirmDeleteModalProps) {
  return (
    <Modal opened={subject !== null} onClose={onClose} title={`Delete ${subject ?? ''}?`} size="sm">
      <Stack gap="md">
        <Text size="sm">{consequence ?? 'This cannot be undone.'}</Text>
        {error !== null && error !== undefined && (
          <Alert color={isConflict(error) ? 'yellow' : 'red'} role="alert" title="Not deleted">
            {isConflict(error)
              ? 'Someone else changed it meanwhile; the page now shows their version. Delete again if you still want to.'
              : describeError(error)}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button color="red" onClick={onConfirm} loading={pending}>
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
