import { Box, Breadcrumbs, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarEvent, IconListTree, IconPlus } from '@tabler/icons-react';
import { PageHeader } from '../../components/page/page-header';
import { AnchorLink } from '../../components/router-links';
import { EmptyState } from '../../components/states/empty-state';
import { ErrorState } from '../../components/states/error-state';
import { NotFoundPage } from '../../components/states/not-found-page';
import { formatDateRange, pluralize } from '../../lib/format';
import { isNotFound } from '../../lib/problem';
import { usePageTitle } from '../../lib/use-page-title';
import { AddTaskModal } from '../tasks/add-task-modal';
import { TaskTable } from '../tasks/task-table';
import { useTasks } from '../tasks/tasks.queries';
import { ProjectStatusBadge } from './project-status-badge';
import { useProject } from './projects.queries';

interface ProjectPageProps {
  readonly workspaceId: string;
  readonly projectId: string;
}

export function ProjectPage({ workspaceId, projectId }: ProjectPageProps) {
  const project = useProject(projectId);
  const tasks = useTasks(projectId);
  usePageTitle(project.data?.name);
  const [addOpen, add] = useDisclosure(false);

  if (project.isError && isNotFound(project.error)) return <NotFoundPage />;

  const addButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={add.open} disabled={!project.data || !tasks.data}>
      Add task
    </Button>
  );

  return (
    <Stack gap="md" p="lg" h="calc(100dvh - var(--app-shell-header-height, 52px))">
      <PageHeader
        above={
          <Breadcrumbs separator="/" fz="sm">
            <AnchorLink to="/w/$workspaceId/projects" params={{ workspaceId }} size="sm" c="dimmed">
              Projects
            </AnchorLink>
            <Text size="sm" c="dimmed" truncate="end">
              {project.data?.name ?? '…'}
            </Text>
          </Breadcrumbs>
        }
        title={project.data?.name ?? <Skeleton height={28} width={260} />}
        meta={
          project.data && (
            <Group gap="md" c="dimmed">
              <ProjectStatusBadge status={project.data.status} />
              <Group gap={6}>
                <IconCalendarEvent size={15} stroke={1.6} />
                <Text size="sm" className="tabular">
                  {formatDateRange(project.data.start, project.data.finish)}
                </Text>
              </Group>
              <Group gap={6}>
                <IconListTree size={15} stroke={1.6} />
                <Text size="sm" className="tabular" data-testid="task-count">
                  {pluralize(project.data.taskCount, 'task')}
                </Text>
              </Group>
            </Group>
          )
        }
        actions={addButton}
      />

      <Box style={{ flex: 1, minHeight: 240 }}>
        {project.isError ? (
          <ErrorState
            title="The project could not be loaded"
            error={project.error}
            onRetry={() => project.refetch()}
          />
        ) : tasks.isError ? (
          <ErrorState title="Tasks could not be loaded" error={tasks.error} onRetry={() => tasks.refetch()} />
        ) : project.isPending || tasks.isPending ? (
          <Stack gap={6} aria-label="Loading tasks">
            {[0, 1, 2, 3, 4, 5].map((row) => (
              <Skeleton key={row} height={30} radius="sm" />
            ))}
          </Stack>
        ) : tasks.data.length === 0 ? (
          <EmptyState
            icon={<IconListTree size={22} />}
            title="No tasks yet"
            description="Break the work down into tasks with durations; summaries, dates and the finish follow."
            action={addButton}
          />
        ) : (
          <TaskTable tasks={tasks.data} projectName={project.data.name} scale={project.data.calendar} />
        )}
      </Box>

      {project.data && tasks.data && (
        <AddTaskModal
          projectId={projectId}
          workspaceId={workspaceId}
          tasks={tasks.data}
          scale={project.data.calendar}
          opened={addOpen}
          onClose={add.close}
        />
      )}
    </Stack>
  );
}
