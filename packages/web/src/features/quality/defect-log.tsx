import { Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Defect, Member, Task } from '@tandem/api';
import { useState } from 'react';
import { describeError, formErrorsFrom } from '../../lib/problem';
import { useCreateDefect, useDefects, useUpdateDefect } from './quality.queries';

const SEVERITIES: { value: Defect['severity']; label: string; color: string }[] = [
  { value: 'critical', label: 'Critical', color: 'red' },
  { value: 'major', label: 'Major', color: 'orange' },
  { value: 'minor', label: 'Minor', color: 'yellow' },
  { value: 'trivial', label: 'Trivial', color: 'gray' },
];
const STATUSES: { value: Defect['status']; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'closed', label: 'Closed' },
  { value: 'rejected', label: 'Rejected' },
];

/** Defects still to deal with (the dashboard's "open issues"). */
export function isOpenDefect(defect: Defect): boolean {
  return defect.status === 'open' || defect.status === 'in-progress';
}

interface DefectLogProps {
  readonly projectId: string;
  readonly tasks: readonly Task[];
  readonly members: ReadonlyMap<string, Member>;
}

/** The defect log: log a defect against a task, and move it through its statuses. */
export function DefectLog({ projectId, tasks, members }: DefectLogProps) {
  const defects = useDefects(projectId);
  const create = useCreateDefect(projectId);
  const update = useUpdateDefect(projectId);
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState<Defect['severity']>('major');
  const [taskId, setTaskId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const taskName = new Map(tasks.map((t) => [t.id, t.name]));

  const add = () =>
    create.mutate(
      { title, severity, taskId },
      {
        onSuccess: () => {
          setTitle('');
          setErrors({});
        },
        onError: (error) => {
          const fieldErrors = formErrorsFrom(error);
          if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
          else
            notifications.show({ color: 'red', title: 'Defect not logged', message: describeError(error) });
        },
      },
    );

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Defect log">
      <Stack gap="sm">
        <Title order={4}>Defect log</Title>
        <Group align="flex-start" gap="xs" wrap="wrap">
          <TextInput
            aria-label="Defect title"
            placeholder="What is wrong"
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
            style={{ flex: 1, minWidth: 220 }}
          />
          <Select
            aria-label="Severity"
            data={SEVERITIES}
            value={severity}
            onChange={(v) => v && setSeverity(v as Defect['severity'])}
            allowDeselect={false}
            w={130}
          />
          <Select
            aria-label="Found in task"
            placeholder="Found in task"
            data={tasks.filter((t) => !t.summary).map((t) => ({ value: t.id, label: `${t.wbs} ${t.name}` }))}
            value={taskId}
            onChange={setTaskId}
            clearable
            searchable
            error={errors.taskId}
            w={240}
          />
          <Button onClick={add} disabled={title.trim() === ''} loading={create.isPending}>
            Log defect
          </Button>
        </Group>
        {defects.isError ? (
          <Text c="red" size="sm">
            The defect log could not be loaded: {describeError(defects.error)}
          </Text>
        ) : defects.data?.length === 0 ? (
          <Text size="sm" c="dimmed">
            No defects logged.
          </Text>
        ) : (
          <Table aria-label="Defects" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Code</Table.Th>
                <Table.Th>Title</Table.Th>
                <Table.Th>Severity</Table.Th>
                <Table.Th>Task</Table.Th>
                <Table.Th>Assignee</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(defects.data ?? []).map((defect) => {
                const sev = SEVERITIES.find((s) => s.value === defect.severity);
                return (
                  <Table.Tr key={defect.id}>
                    <Table.Td fw={600}>{defect.code}</Table.Td>
                    <Table.Td>{defect.title}</Table.Td>
                    <Table.Td>
                      <Badge color={sev?.color} variant="light">
                        {sev?.label}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {defect.taskId ? (taskName.get(defect.taskId) ?? 'deleted task') : '—'}
                    </Table.Td>
                    <Table.Td>
                      {defect.assigneeId ? (members.get(defect.assigneeId)?.name ?? '—') : '—'}
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={`Status of ${defect.code}`}
                        data={STATUSES}
                        value={defect.status}
                        allowDeselect={false}
                        size="xs"
                        w={140}
                        onChange={(status) =>
                          status &&
                          update.mutate(
                            {
                              defectId: defect.id,
                              body: { version: defect.version, status: status as Defect['status'] },
                            },
                            {
                              onError: (error) =>
                                notifications.show({
                                  color: 'red',
                                  title: 'Defect not changed',
                                  message: describeError(error),
                                }),
                            },
                          )
                        }
                      />
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
