import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import type { ProjectCalendar, Task } from '@tandem/api';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDuration, formatTaskDate } from '../../lib/format';
import { describeError } from '../../lib/problem';
import type { Link } from '../links/link.types';
import { useUpdateLink } from '../links/links.queries';
import { applyLinkWritten, applyTheirs, refreshOutline } from '../tasks/task-cache-writes';
import { useUpdateTask } from '../tasks/tasks.queries';
import { type Conflict, conflictRows, reapplyBody } from './conflict-state';
import { resolveConflict, useProjectConflicts } from './conflict-store';

const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  duration: 'Duration',
  durationUnit: 'Duration unit',
  percentComplete: '% complete',
  constraintType: 'Constraint',
  constraintDate: 'Constraint date',
  deadline: 'Deadline',
  milestone: 'Milestone',
  notes: 'Notes',
  parentId: 'Summary task',
  afterTaskId: 'Position',
  type: 'Link type',
  lag: 'Lag',
  lagUnit: 'Lag unit',
  priority: 'Priority',
};

function show(field: string, value: unknown, calendar: ProjectCalendar, conflict: Conflict): string {
  if (value === undefined) return '—';
  if (value === null) return 'none';
  if (field === 'duration' && typeof value === 'number') {
    const unit = String(conflict.yours.durationUnit ?? conflict.theirs?.durationUnit ?? 'd');
    return formatDuration(value, unit, calendar);
  }
  if (field === 'percentComplete' && typeof value === 'number') return `${Math.round(value)}%`;
  if ((field === 'constraintDate' || field === 'deadline') && typeof value === 'string')
    return formatTaskDate(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

interface ConflictDialogProps {
  readonly projectId: string;
  readonly calendar: ProjectCalendar;
  /** Called once a conflict is settled (the sheet takes the keyboard back). */
  readonly onResolved?: () => void;
}

/**
 * "Someone changed this task": the oldest open conflict of the project, theirs against yours,
 * with "Reapply my change" (sent again on their version) and "Discard mine" (theirs stays).
 * Nothing is dropped until the user chooses.
 */
export function ConflictDialog({ projectId, calendar, onResolved }: ConflictDialogProps) {
  const conflicts = useProjectConflicts(projectId);
  const conflict = conflicts[0];
  const queryClient = useQueryClient();
  const updateTask = useUpdateTask(projectId);
  const updateLink = useUpdateLink(projectId);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!conflict) return null;
  const what = conflict.kind === 'task' ? 'task' : 'link';
  const rows = conflictRows(conflict);

  const reapply = async () => {
    setBusy(true);
    setError(null);
    try {
      const body = reapplyBody(conflict);
      if (conflict.kind === 'task') await updateTask.mutateAsync({ taskId: conflict.objectId, body });
      else await updateLink.mutateAsync({ linkId: conflict.objectId, body });
      resolveConflict(conflict.key);
      onResolved?.();
    } catch (cause) {
      // a second 409 has refreshed theirs in the store: the dialog shows the newer state
      setError(describeError(cause));
    } finally {
      setBusy(false);
    }
  };

  const discard = () => {
    if (conflict.theirs && conflict.kind === 'task')
      applyTheirs(queryClient, projectId, [conflict.theirs as unknown as Task]);
    if (conflict.theirs && conflict.kind === 'link')
      applyLinkWritten(queryClient, projectId, conflict.theirs as unknown as Link, false);
    // their change may have moved other tasks too
    void refreshOutline(queryClient, projectId);
    resolveConflict(conflict.key);
    setError(null);
    onResolved?.();
  };

  return (
    <Modal
      opened
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      // the element focused before may be a cell editor that is gone: onResolved says where to go
      returnFocus={false}
      title={`Someone changed this ${what}`}
      size="lg"
    >
      <Stack gap="sm">
        <Text size="sm">
          {conflict.theirs
            ? `${conflict.label} was changed by someone else after you last saw it. Your change was not saved yet.`
            : `${conflict.label} was deleted by someone else. Your change cannot be applied.`}
        </Text>
        <Table withTableBorder withColumnBorders aria-label="Theirs and yours">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Field</Table.Th>
              <Table.Th>Theirs (saved)</Table.Th>
              <Table.Th>Yours</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.field} data-field={row.field}>
                <Table.Td>{FIELD_LABELS[row.field] ?? row.field}</Table.Td>
                <Table.Td data-side="theirs">{show(row.field, row.theirs, calendar, conflict)}</Table.Td>
                <Table.Td data-side="yours" fw={row.same ? undefined : 600}>
                  {show(row.field, row.yours, calendar, conflict)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {conflicts.length > 1 && (
          <Text size="xs" c="dimmed">
            {conflicts.length - 1} more conflicting {conflicts.length === 2 ? 'edit waits' : 'edits wait'}{' '}
            after this one.
          </Text>
        )}
        {error && (
          <Alert color="red" role="alert" title="Not reapplied">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={discard} disabled={busy}>
            Discard mine
          </Button>
          <Button onClick={reapply} loading={busy} disabled={!conflict.theirs}>
            Reapply my change
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
