import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconCheck,
  IconChevronLeft,
  IconChevronRight,
  IconClockHour4,
  IconSend,
  IconX,
} from '@tabler/icons-react';
import type { TimesheetEntry } from '@tandem/api';
import { useMemo, useState } from 'react';
import { EmptyState } from '../../components/states/empty-state';
import { ErrorState } from '../../components/states/error-state';
import { formatDate, todayIso } from '../../lib/format';
import { describeError } from '../../lib/problem';
import { useSession } from '../auth/session.queries';
import { useAssignments } from '../resources/assignments.queries';
import { useResources } from '../resources/resources.queries';
import { useTasks } from '../tasks/tasks.queries';
import { TaskProgress } from './task-progress';
import { cellKey, cellView, cellWrite, entriesByCell, submittable, timesheetRows } from './timesheet-cells';
import { TimesheetGrid } from './timesheet-grid';
import {
  useCreateTimesheetEntry,
  useDeleteTimesheetEntry,
  useTimesheetEntries,
  useUpdateTimesheetEntry,
} from './timesheets.queries';
import { addDays, formatHours, mondayOf, parseHours, weekDays } from './week-grid';

export interface TimesheetViewProps {
  readonly workspaceId: string;
  readonly projectId: string;
}

const ALL = '';

/**
 * Time entry for a week: type hours into the grid, submit the week, and (admins and owners)
 * approve or reject what was submitted. Approved time is the project's actual cost.
 */
export function TimesheetView({ workspaceId, projectId }: TimesheetViewProps) {
  const session = useSession();
  const tasks = useTasks(projectId);
  const resources = useResources(workspaceId);
  const assignments = useAssignments(projectId);
  const [monday, setMonday] = useState(() => mondayOf(todayIso()));
  const [resourceFilter, setResourceFilter] = useState(ALL);
  const [cellError, setCellError] = useState<string | null>(null);
  // Cells with a write in flight are read-only until the list is refetched, so that a second edit
  // of the same cell updates the entry the first one created instead of creating another.
  const [saving, setSaving] = useState<ReadonlySet<string>>(() => new Set());
  const days = useMemo(() => weekDays(monday), [monday]);
  const entries = useTimesheetEntries(projectId, days[0], days[6]);
  const create = useCreateTimesheetEntry(projectId);
  const update = useUpdateTimesheetEntry(projectId);
  const remove = useDeleteTimesheetEntry(projectId);
  const role = session.data?.memberships.find((m) => m.workspaceId === workspaceId)?.role;
  const canApprove = role === 'owner' || role === 'admin';

  const taskOrder = useMemo(
    () => new Map((tasks.data ?? []).filter((t) => !t.summary).map((t, i) => [t.id, i])),
    [tasks.data],
  );
  const taskName = useMemo(() => new Map((tasks.data ?? []).map((t) => [t.id, t.name])), [tasks.data]);
  const resourceName = useMemo(
    () => new Map((resources.data ?? []).map((r) => [r.id, r.name])),
    [resources.data],
  );
  const shownEntries = useMemo(
    () => (entries.data ?? []).filter((e) => resourceFilter === ALL || e.resourceId === resourceFilter),
    [entries.data, resourceFilter],
  );
  const rows = useMemo(
    () =>
      timesheetRows(
        (assignments.data ?? []).filter((a) => resourceFilter === ALL || a.resourceId === resourceFilter),
        shownEntries,
        taskOrder,
        resourceName,
      ),
    [assignments.data, shownEntries, taskOrder, resourceName, resourceFilter],
  );
  const byCell = useMemo(() => entriesByCell(shownEntries), [shownEntries]);
  const cellEntries = (row: number, col: number) => {
    const r = rows[row];
    return r ? byCell.get(cellKey(r.taskId, r.resourceId, days[col])) : undefined;
  };

  const failed = (title: string) => (error: unknown) =>
    notifications.show({ color: 'red', title, message: describeError(error) });

  const commit = (row: number, col: number, text: string) => {
    const target = rows[row];
    if (!target) return;
    const where = `${taskName.get(target.taskId) ?? 'Task'} · ${resourceName.get(target.resourceId) ?? 'resource'}, ${formatDate(days[col])}`;
    const parsed = parseHours(text);
    if ('error' in parsed) {
      setCellError(`${where}: ${parsed.error}.`);
      return;
    }
    setCellError(null);
    const key = cellKey(target.taskId, target.resourceId, days[col]);
    const write = cellWrite(cellEntries(row, col), parsed.minutes);
    const options = (title: string) => {
      setSaving((current) => new Set(current).add(key));
      return {
        onError: failed(title),
        onSettled: () =>
          setSaving((current) => {
            const next = new Set(current);
            next.delete(key);
            return next;
          }),
      };
    };
    switch (write.kind) {
      case 'none':
        return;
      case 'locked':
        setCellError(`${where}: submitted or approved time cannot be changed here.`);
        return;
      case 'create':
        create.mutate(
          { taskId: target.taskId, resourceId: target.resourceId, date: days[col], minutes: write.minutes },
          options('Time not saved'),
        );
        return;
      case 'update':
        update.mutate(
          {
            entryId: write.entry.id,
            body: {
              version: write.entry.version,
              minutes: write.minutes,
              ...(write.entry.status === 'rejected' ? { status: 'draft' } : {}),
            },
          },
          options('Time not saved'),
        );
        return;
      case 'delete':
        remove.mutate({ entryId: write.entry.id, version: write.entry.version }, options('Time not removed'));
        return;
    }
  };

  const toSubmit = submittable(shownEntries);
  const submitWeek = async () => {
    const results = await Promise.allSettled(
      toSubmit.map((entry) =>
        update.mutateAsync({ entryId: entry.id, body: { version: entry.version, status: 'submitted' } }),
      ),
    );
    const failures = results.filter((r) => r.status === 'rejected');
    if (failures.length > 0)
      failed(`${failures.length} of ${results.length} entries not submitted`)(failures[0].reason);
    else
      notifications.show({
        color: 'teal',
        title: 'Week submitted',
        message: `${results.length} entries sent for approval.`,
      });
  };

  const decide = (list: readonly TimesheetEntry[], status: 'approved' | 'rejected') =>
    Promise.allSettled(
      list.map((entry) =>
        update.mutateAsync({ entryId: entry.id, body: { version: entry.version, status } }),
      ),
    ).then((results) => {
      const failure = results.find((r) => r.status === 'rejected');
      if (failure) failed(status === 'approved' ? 'Time not approved' : 'Time not rejected')(failure.reason);
    });

  if (entries.isError) {
    return (
      <ErrorState
        title="The timesheet could not be loaded"
        error={entries.error}
        onRetry={() => entries.refetch()}
      />
    );
  }
  const loading = tasks.isPending || assignments.isPending || resources.isPending || entries.isPending;
  const submitted = shownEntries.filter((e) => e.status === 'submitted');

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Button variant="default" aria-label="Previous week" onClick={() => setMonday(addDays(monday, -7))}>
            <IconChevronLeft size={16} />
          </Button>
          <Title order={4} data-testid="timesheet-week">
            Week of {formatDate(monday)}
          </Title>
          <Button variant="default" aria-label="Next week" onClick={() => setMonday(addDays(monday, 7))}>
            <IconChevronRight size={16} />
          </Button>
          <Button variant="subtle" onClick={() => setMonday(mondayOf(todayIso()))}>
            This week
          </Button>
        </Group>
        <Group gap="xs">
          <Select
            aria-label="Resource"
            data={[
              { value: ALL, label: 'All resources' },
              ...(resources.data ?? []).map((r) => ({ value: r.id, label: r.name })),
            ]}
            value={resourceFilter}
            onChange={(value) => setResourceFilter(value ?? ALL)}
            allowDeselect={false}
            w={200}
          />
          <Button
            leftSection={<IconSend size={16} />}
            disabled={toSubmit.length === 0}
            loading={update.isPending}
            onClick={submitWeek}
          >
            Submit week
          </Button>
        </Group>
      </Group>
      {cellError && (
        <Alert color="red" variant="light" withCloseButton onClose={() => setCellError(null)} role="alert">
          {cellError}
        </Alert>
      )}
      {loading ? (
        <Skeleton h={200} />
      ) : rows.length === 0 ? (
        <EmptyState
          icon={<IconClockHour4 size={22} />}
          title="No one is assigned yet"
          description="Assign resources to tasks (Resources view): each assignment is a row of the timesheet."
        />
      ) : (
        <TimesheetGrid
          rows={rows.map((r) => ({
            key: `${r.taskId}|${r.resourceId}`,
            task: taskName.get(r.taskId) ?? 'Task',
            resource: resourceName.get(r.resourceId) ?? 'Resource',
          }))}
          days={days}
          cellAt={(row, col) => {
            const view = cellView(cellEntries(row, col));
            const r = rows[row];
            return r && saving.has(cellKey(r.taskId, r.resourceId, days[col]))
              ? { ...view, locked: true }
              : view;
          }}
          onCommit={commit}
        />
      )}
      <Text size="xs" c="dimmed">
        Type hours (8, 7.5 or 7:30) and press Enter; arrows, Tab and Enter move between days. Cells are tinted
        by status (grey draft, blue submitted, green approved, red rejected; screen readers say it). Time is
        actual cost once approved.
      </Text>
      {rows.length > 0 && tasks.data && (
        <TaskProgress
          projectId={projectId}
          tasks={tasks.data.filter((t) => rows.some((r) => r.taskId === t.id))}
        />
      )}
      {canApprove && (
        <Paper withBorder p="md" radius="md" component="section" aria-label="Time to approve">
          <Group justify="space-between" mb="xs">
            <Title order={5}>To approve this week</Title>
            <Group gap="xs">
              <Button
                size="xs"
                color="teal"
                leftSection={<IconCheck size={14} />}
                disabled={submitted.length === 0}
                onClick={() => decide(submitted, 'approved')}
              >
                Approve all
              </Button>
            </Group>
          </Group>
          {submitted.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nothing submitted is waiting.
            </Text>
          ) : (
            <Table aria-label="Submitted time">
              <Table.Tbody>
                {submitted.map((entry) => (
                  <Table.Tr key={entry.id} data-entry-id={entry.id}>
                    <Table.Td>{formatDate(entry.date)}</Table.Td>
                    <Table.Td>{taskName.get(entry.taskId) ?? 'Task'}</Table.Td>
                    <Table.Td>{resourceName.get(entry.resourceId) ?? 'Resource'}</Table.Td>
                    <Table.Td className="tabular" ta="right">
                      {formatHours(entry.minutes)} h
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light">Submitted</Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end">
                        <Button
                          size="compact-xs"
                          color="teal"
                          variant="light"
                          leftSection={<IconCheck size={12} />}
                          onClick={() => decide([entry], 'approved')}
                        >
                          Approve
                        </Button>
                        <Button
                          size="compact-xs"
                          color="red"
                          variant="light"
                          leftSection={<IconX size={12} />}
                          onClick={() => decide([entry], 'rejected')}
                        >
                          Reject
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      )}
    </Stack>
  );
}
