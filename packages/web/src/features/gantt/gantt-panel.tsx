import { Skeleton, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { ErrorState } from '../../components/states/error-state';
import { useBaselineComparison, useBaselines } from '../baselines/baselines.queries';
import { useLinks } from '../links/links.queries';
import { useProject } from '../projects/projects.queries';
import { useTasks } from '../tasks/tasks.queries';
import type { BaselineDates } from './gantt.types';
import { GanttView } from './gantt-view';

interface GanttPanelProps {
  readonly workspaceId: string;
  readonly projectId: string;
  /** Opens the "Add task" dialog (offered when the project has no tasks). */
  readonly onAddTask: () => void;
}

/** The Gantt tab: loads the project, its tasks, links and first baseline, with every state. */
export function GanttPanel({ workspaceId, projectId }: GanttPanelProps) {
  const project = useProject(projectId);
  const tasks = useTasks(projectId);
  const links = useLinks(projectId);
  const baselineList = useBaselines(projectId);
  // Baseline 0 ("Baseline") when saved, else the lowest saved one.
  const baselineNumber = baselineList.data?.reduce<number | null>(
    (lowest, baseline) => (lowest === null || baseline.number < lowest ? baseline.number : lowest),
    null,
  );
  const comparison = useBaselineComparison(projectId, baselineNumber ?? 0, baselineNumber != null);
  const baselines = useMemo(() => {
    if (baselineNumber == null || !comparison.data || comparison.data.number !== baselineNumber) return null;
    const map = new Map<string, BaselineDates>();
    for (const item of comparison.data.items) if (item.baseline) map.set(item.taskId, item.baseline);
    return map;
  }, [baselineNumber, comparison.data]);

  if (project.isError) {
    return (
      <ErrorState
        title="The project could not be loaded"
        error={project.error}
        onRetry={() => project.refetch()}
      />
    );
  }
  if (tasks.isError) {
    return (
      <ErrorState title="Tasks could not be loaded" error={tasks.error} onRetry={() => tasks.refetch()} />
    );
  }
  if (links.isError) {
    return (
      <ErrorState title="Links could not be loaded" error={links.error} onRetry={() => links.refetch()} />
    );
  }
  if (project.isPending || tasks.isPending || links.isPending) {
    return (
      <Stack gap={6} aria-label="Loading the Gantt chart">
        {[0, 1, 2, 3, 4, 5].map((row) => (
          <Skeleton key={row} height={28} radius="sm" />
        ))}
      </Stack>
    );
  }
  // An empty project shows the sheet too: its blank last row ("Type a name to add a task") is
  // where the first tasks are typed with the keyboard (the header's Add task opens the dialog).
  return (
    <GanttView
      workspaceId={workspaceId}
      projectId={projectId}
      project={project.data}
      tasks={tasks.data}
      links={links.data}
      baselines={baselines}
    />
  );
}
