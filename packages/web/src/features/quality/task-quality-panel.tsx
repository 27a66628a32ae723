import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  Select,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconLock, IconSignature, IconTrash } from '@tabler/icons-react';
import type { Member, Task, TaskQuality } from '@tandem/api';
import { useState } from 'react';
import { formatDate } from '../../lib/format';
import { describeError, formErrorsFrom } from '../../lib/problem';
import { useUpdateTask } from '../tasks/tasks.queries';
import { completionRefusal, refusalMessage } from './completion-refusal';
import {
  useCreateCriterion,
  useDeleteCriterion,
  useSetGate,
  useSignOffGate,
  useTaskQuality,
  useUpdateCriterion,
} from './quality.queries';

interface TaskQualityPanelProps {
  readonly projectId: string;
  readonly task: Task;
  readonly members: ReadonlyMap<string, Member>;
}

const when = (timestamp: string | null) => (timestamp ? formatDate(timestamp.slice(0, 10)) : '');

/** A task's acceptance criteria, its gate (milestones) and the way to complete it, gate permitting. */
export function TaskQualityPanel({ projectId, task, members }: TaskQualityPanelProps) {
  const quality = useTaskQuality(projectId, task.id);
  const updateTask = useUpdateTask(projectId);
  const [refusal, setRefusal] = useState<string | null>(null);

  if (quality.isError) {
    return (
      <Alert color="red">
        Quality of {task.name} could not be loaded: {describeError(quality.error)}
      </Alert>
    );
  }
  if (!quality.data) return <Skeleton h={160} />;
  const q = quality.data;

  const complete = () => {
    setRefusal(null);
    // The server refuses too (409 with the blockers); checking first answers without a round trip.
    if (!q.satisfied) {
      setRefusal(refusalMessage(task.name, q.blockers));
      return;
    }
    updateTask.mutate(
      { taskId: task.id, body: { version: task.version, percentComplete: 100 } },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            title: 'Completed',
            message: `${task.name} is 100% complete.`,
          }),
        onError: (error) => {
          const blockers = completionRefusal(error);
          if (blockers) setRefusal(refusalMessage(task.name, blockers));
          else
            notifications.show({
              color: 'red',
              title: `${task.name} not completed`,
              message: describeError(error),
            });
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={`Quality of ${task.name}`}>
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={4}>
            {task.wbs} {task.name}{' '}
            {task.milestone && (
              <Badge variant="light" ml={4}>
                Milestone
              </Badge>
            )}
          </Title>
          <Group gap="xs">
            {task.percentComplete >= 100 ? (
              <Badge color="teal" leftSection={<IconCircleCheck size={12} />}>
                Complete
              </Badge>
            ) : (
              <Button variant="light" onClick={complete} loading={updateTask.isPending}>
                Mark complete
              </Button>
            )}
          </Group>
        </Group>
        {refusal && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            title="Completion refused"
            icon={<IconLock size={18} />}
            data-testid="completion-refused"
          >
            {refusal}
          </Alert>
        )}
        <CriteriaList projectId={projectId} quality={q} members={members} />
        {task.milestone ? (
          <GateSection projectId={projectId} quality={q} members={members} />
        ) : (
          <Text size="sm" c="dimmed">
            Quality gates go on milestones.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function CriteriaList({
  projectId,
  quality,
  members,
}: {
  readonly projectId: string;
  readonly quality: TaskQuality;
  readonly members: ReadonlyMap<string, Member>;
}) {
  const create = useCreateCriterion(projectId);
  const update = useUpdateCriterion(projectId);
  const remove = useDeleteCriterion(projectId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const failed = (title: string) => (e: unknown) =>
    notifications.show({ color: 'red', title, message: describeError(e) });
  const checkedCount = quality.criteria.filter((c) => c.checked).length;

  const add = () =>
    create.mutate(
      { taskId: quality.taskId, text },
      {
        onSuccess: () => {
          setText('');
          setError(null);
        },
        onError: (e) => {
          const fieldError = formErrorsFrom(e).text;
          if (fieldError) setError(fieldError);
          else failed('Criterion not added')(e);
        },
      },
    );

  return (
    <Stack gap="xs" role="group" aria-label="Acceptance criteria">
      <Text fw={600} size="sm">
        Acceptance criteria ({checkedCount} of {quality.criteria.length} met)
      </Text>
      {quality.criteria.map((criterion) => (
        <Group key={criterion.id} justify="space-between" wrap="nowrap">
          <Checkbox
            checked={criterion.checked}
            label={criterion.text}
            description={
              criterion.checked && criterion.checkedBy
                ? `Checked by ${members.get(criterion.checkedBy)?.name ?? 'someone'} on ${when(criterion.checkedAt)}`
                : undefined
            }
            onChange={(event) =>
              update.mutate(
                {
                  criterionId: criterion.id,
                  version: criterion.version,
                  checked: event.currentTarget.checked,
                },
                { onError: failed('Criterion not changed') },
              )
            }
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Remove criterion ${criterion.text}`}
            onClick={() =>
              remove.mutate(
                { criterionId: criterion.id, version: criterion.version },
                { onError: failed('Criterion not removed') },
              )
            }
          >
            <IconTrash size={14} />
          </ActionIcon>
        </Group>
      ))}
      <Group align="flex-start" gap="xs">
        <TextInput
          aria-label="New criterion"
          placeholder="e.g. Accessibility audit passed"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Enter' && text.trim() !== '' && add()}
          error={error}
          style={{ flex: 1 }}
        />
        <Button variant="default" onClick={add} disabled={text.trim() === ''} loading={create.isPending}>
          Add criterion
        </Button>
      </Group>
    </Stack>
  );
}

function GateSection({
  projectId,
  quality,
  members,
}: {
  readonly projectId: string;
  readonly quality: TaskQuality;
  readonly members: ReadonlyMap<string, Member>;
}) {
  const setGate = useSetGate(projectId);
  const signOff = useSignOffGate(projectId);
  const [approverId, setApproverId] = useState<string | null>(quality.gate?.approverId ?? null);
  const gate = quality.gate;
  const failed = (title: string) => (e: unknown) =>
    notifications.show({ color: 'red', title, message: describeError(e) });
  const name = (id: string | null) => (id ? (members.get(id)?.name ?? 'a former member') : '—');

  return (
    <Stack gap="xs" role="group" aria-label="Quality gate">
      <Text fw={600} size="sm">
        Quality gate
      </Text>
      <Group align="flex-end" gap="xs">
        <Select
          label="Approver"
          data={[...members.values()].map((m) => ({ value: m.userId, label: m.name }))}
          value={approverId}
          onChange={setApproverId}
          w={240}
        />
        <Button
          variant="default"
          disabled={approverId === null || approverId === gate?.approverId}
          loading={setGate.isPending}
          onClick={() =>
            approverId &&
            setGate.mutate(
              { taskId: quality.taskId, version: gate?.version ?? 1, approverId },
              { onError: failed('Gate not set') },
            )
          }
        >
          {gate ? 'Change approver' : 'Add gate'}
        </Button>
      </Group>
      {gate && (
        <>
          {gate.signedOffAt ? (
            <Text size="sm" data-testid="gate-signed-off">
              Signed off by {name(gate.signedOffBy)} on {when(gate.signedOffAt)}.
            </Text>
          ) : (
            <Group gap="xs">
              <Text size="sm">Waiting for {name(gate.approverId)} to sign off.</Text>
              <Button
                size="xs"
                leftSection={<IconSignature size={14} />}
                loading={signOff.isPending}
                onClick={() =>
                  signOff.mutate(
                    { taskId: quality.taskId, version: gate.version },
                    { onError: failed('Not signed off') },
                  )
                }
              >
                Sign off
              </Button>
            </Group>
          )}
          {quality.satisfied ? (
            <Text size="sm" c="teal" fw={600}>
              Gate satisfied: the milestone can be completed.
            </Text>
          ) : (
            <Alert color="orange" variant="light" title="The gate holds this milestone">
              <List size="sm">
                {quality.blockers.map((blocker) => (
                  <List.Item key={blocker}>{blocker}</List.Item>
                ))}
              </List>
            </Alert>
          )}
        </>
      )}
    </Stack>
  );
}
