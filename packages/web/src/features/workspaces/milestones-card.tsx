import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { Project } from '@tandem/api';
import { MilestoneMarker } from '../../components/milestone-marker';
import { AnchorLink } from '../../components/router-links';
import { formatDate, todayIso } from '../../lib/format';
import { useTasksOfProjects } from '../tasks/tasks.queries';
import { upcomingMilestones } from './upcoming-milestones';

const LIMIT = 8;

/** The next milestones across every project of the workspace, from the live task data. */
export function MilestonesCard({
  workspaceId,
  projects,
}: {
  workspaceId: string;
  projects: readonly Project[];
}) {
  const taskLists = useTasksOfProjects(projects.map((p) => p.id));
  const loading = taskLists.some((list) => list.isPending);
  const failed = taskLists.filter((list) => list.isError).length;
  const milestones = upcomingMilestones(
    projects.map((project, index) => ({ id: project.id, name: project.name, tasks: taskLists[index]?.data })),
    todayIso(),
    LIMIT,
  );

  return (
    <Paper withBorder p="md">
      <Title order={2} fz="sm" mb="sm">
        Upcoming milestones
      </Title>
      {loading ? (
        <Stack gap="sm">
          <Skeleton height={32} />
          <Skeleton height={32} />
          <Skeleton height={32} />
        </Stack>
      ) : milestones.length === 0 ? (
        <Text size="sm" c="dimmed">
          No milestones ahead. Milestones are tasks of zero duration, such as a sign-off or a launch.
        </Text>
      ) : (
        <Stack
          gap={0}
          component="ol"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label="Upcoming milestones"
        >
          {milestones.map(({ task, projectId, projectName }) => (
            <Group
              key={task.id}
              component="li"
              justify="space-between"
              wrap="nowrap"
              py={8}
              style={{ borderBottom: '1px solid var(--tandem-border)' }}
            >
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                <MilestoneMarker />
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={550} truncate="end">
                    {task.name}
                  </Text>
                  <AnchorLink
                    to="/w/$workspaceId/projects/$projectId"
                    params={{ workspaceId, projectId }}
                    size="xs"
                    c="dimmed"
                  >
                    {projectName}
                  </AnchorLink>
                </Stack>
              </Group>
              <Text size="sm" c="dimmed" className="tabular" style={{ whiteSpace: 'nowrap' }}>
                {formatDate(task.finish)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
      {failed > 0 && (
        <Text size="xs" c="red" mt="xs">
          The tasks of {failed} project{failed === 1 ? '' : 's'} could not be loaded.
        </Text>
      )}
    </Paper>
  );
}
