import { Group, Select, Skeleton, Stack, Text } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { EmptyState } from '../../components/states/empty-state';
import { ErrorState } from '../../components/states/error-state';
import { useTasks } from '../tasks/tasks.queries';
import { useMembers } from '../workspaces/workspaces.queries';
import { DefectLog } from './defect-log';
import { TaskQualityPanel } from './task-quality-panel';

export interface QualityViewProps {
  readonly workspaceId: string;
  readonly projectId: string;
}

/** Quality of the project: acceptance criteria and gates per task or milestone, and the defect log. */
export function QualityView({ workspaceId, projectId }: QualityViewProps) {
  const tasks = useTasks(projectId);
  const members = useMembers(workspaceId);
  const [chosen, setChosen] = useState<string | null>(null);
  const memberMap = useMemo(() => new Map((members.data ?? []).map((m) => [m.userId, m])), [members.data]);
  // milestones first: they are what gates hold
  const options = useMemo(() => {
    const leaves = (tasks.data ?? []).filter((t) => !t.summary);
    const label = (t: (typeof leaves)[number]) => ({ value: t.id, label: `${t.wbs} ${t.name}` });
    return [
      { group: 'Milestones', items: leaves.filter((t) => t.milestone).map(label) },
      { group: 'Tasks', items: leaves.filter((t) => !t.milestone).map(label) },
    ].filter((g) => g.items.length > 0);
  }, [tasks.data]);

  if (tasks.isError)
    return (
      <ErrorState title="Tasks could not be loaded" error={tasks.error} onRetry={() => tasks.refetch()} />
    );
  if (tasks.isPending) return <Skeleton h={200} />;
  const selectedId = chosen ?? options[0]?.items[0]?.value ?? null;
  const task = tasks.data.find((t) => t.id === selectedId) ?? null;

  return (
    <Stack gap="md">
      {task === null ? (
        <EmptyState
          icon={<IconChecklist size={22} />}
          title="No tasks yet"
          description="Acceptance criteria and quality gates belong to tasks and milestones."
        />
      ) : (
        <>
          <Group align="flex-end" gap="sm">
            <Select
              label="Task or milestone"
              data={options}
              value={task.id}
              onChange={setChosen}
              searchable
              allowDeselect={false}
              w={360}
            />
            <Text size="sm" c="dimmed" pb={6}>
              A gated milestone cannot be completed until every criterion is met and its approver signs off.
            </Text>
          </Group>
          <TaskQualityPanel key={task.id} projectId={projectId} task={task} members={memberMap} />
        </>
      )}
      <DefectLog projectId={projectId} tasks={tasks.data} members={memberMap} />
    </Stack>
  );
}
