import { Badge, Box, Breadcrumbs, Button, Group, Skeleton, Tabs, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarEvent, IconListTree, IconPlus } from '@tabler/icons-react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { PageHeader } from '../../components/page/page-header';
import { AnchorLink } from '../../components/router-links';
import { NotFoundPage } from '../../components/states/not-found-page';
import { formatDateRange, pluralize } from '../../lib/format';
import { useLiveProject } from '../../lib/live-updates';
import { isNotFound } from '../../lib/problem';
import { usePageTitle } from '../../lib/use-page-title';
import { GanttPanel } from '../gantt/gantt-panel';
import { ExportProjectButton } from '../import-export/export-project-button';
import { AddTaskModal } from '../tasks/add-task-modal';
import { useTasks } from '../tasks/tasks.queries';
import { LazyProjectView, type LazyProjectViewId, preloadProjectViews } from './lazy-project-views';
import { ProjectStatusBadge } from './project-status-badge';
import { useProject } from './projects.queries';

/** The views of a project, in tab order; the first is the default. Kept in the URL as `?view=`. */
export const PROJECT_VIEWS = [
  { id: 'gantt', label: 'Gantt' },
  { id: 'board', label: 'Board' },
  { id: 'resources', label: 'Resources' },
  { id: 'workload', label: 'Workload' },
  { id: 'calendars', label: 'Calendars' },
  { id: 'baseline', label: 'Baseline' },
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'risks', label: 'Risks' },
  { id: 'timesheet', label: 'Timesheet' },
  { id: 'quality', label: 'Quality' },
] as const;

export type ProjectViewId = (typeof PROJECT_VIEWS)[number]['id'];

/** The project route's search: `view` when it names a view, else nothing (the Gantt). */
export function parseProjectSearch(search: Record<string, unknown>): { view?: ProjectViewId } {
  const view = PROJECT_VIEWS.find((candidate) => candidate.id === search.view)?.id;
  return view && view !== 'gantt' ? { view } : {};
}

interface ProjectPageProps {
  readonly workspaceId: string;
  readonly projectId: string;
}

const LIVE_LABEL = { connecting: 'Connecting…', live: 'Live', offline: 'Offline' } as const;
const LIVE_COLOR = { connecting: 'gray', live: 'teal', offline: 'red' } as const;

export function ProjectPage({ workspaceId, projectId }: ProjectPageProps) {
  const project = useProject(projectId);
  const tasks = useTasks(projectId);
  const live = useLiveProject(projectId);
  const search: { view?: unknown } = useSearch({ strict: false });
  const view = parseProjectSearch(search).view ?? 'gantt';
  const navigate = useNavigate();
  usePageTitle(project.data?.name);
  const [addOpen, add] = useDisclosure(false);

  if (project.isError && isNotFound(project.error)) return <NotFoundPage />;

  const setView = (next: string | null) => {
    const parsed = parseProjectSearch({ view: next });
    void navigate({
      to: '/w/$workspaceId/projects/$projectId',
      params: { workspaceId, projectId },
      search: parsed,
      replace: true,
    });
  };

  return (
    <Box
      p="lg"
      h="calc(100dvh - var(--app-shell-header-height, 52px))"
      style={{ display: 'flex', flexDirection: 'column', gap: 'var(--mantine-spacing-sm)' }}
    >
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
              <Badge
                variant="light"
                color={LIVE_COLOR[live]}
                size="sm"
                aria-label={`Live updates: ${LIVE_LABEL[live]}`}
              >
                {LIVE_LABEL[live]}
              </Badge>
            </Group>
          )
        }
        actions={
          <Group gap="xs">
            <ExportProjectButton workspaceId={workspaceId} projectId={projectId} />
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={add.open}
              disabled={!project.data || !tasks.data}
            >
              Add task
            </Button>
          </Group>
        }
      />

      <Tabs
        value={view}
        onChange={setView}
        keepMounted={false}
        style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
      >
        <Tabs.List
          aria-label="Project views"
          onPointerEnter={preloadProjectViews}
          onFocus={preloadProjectViews}
        >
          {PROJECT_VIEWS.map((candidate) => (
            <Tabs.Tab key={candidate.id} value={candidate.id}>
              {candidate.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="gantt" pt="sm" style={{ flex: 1, minHeight: 240 }}>
          <GanttPanel workspaceId={workspaceId} projectId={projectId} onAddTask={add.open} />
        </Tabs.Panel>
        {PROJECT_VIEWS.filter((candidate) => candidate.id !== 'gantt').map((candidate) => (
          <Tabs.Panel
            key={candidate.id}
            value={candidate.id}
            pt="sm"
            style={{ flex: 1, minHeight: 0, overflow: 'auto' }}
          >
            <LazyProjectView
              view={candidate.id as LazyProjectViewId}
              workspaceId={workspaceId}
              projectId={projectId}
            />
          </Tabs.Panel>
        ))}
      </Tabs>

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
    </Box>
  );
}
