import { Skeleton, Stack } from '@mantine/core';
import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from 'react';
import type { ProjectViewId } from './project-page';

/** What every project view takes. */
export interface ProjectViewProps {
  readonly workspaceId: string;
  readonly projectId: string;
}

/** The project views that load lazily: every one but the Gantt. */
export type LazyProjectViewId = Exclude<ProjectViewId, 'gantt'>;

type ViewModule = Promise<ComponentType<ProjectViewProps>>;

// The project's views other than the Gantt load with their first use (or a hover over the tabs),
// not with the app: the Gantt, the view a project opens on, then does not wait for their code
// (the dashboard's charts above all) to download and compile.
const LOADERS: Record<LazyProjectViewId, () => ViewModule> = {
  board: () => import('../board/board-view').then((module) => module.BoardView),
  resources: () => import('../resources/resource-sheet-view').then((module) => module.ResourceSheetView),
  workload: () => import('../workload/workload-view').then((module) => module.WorkloadView),
  calendars: () => import('../calendars/calendars-view').then((module) => module.CalendarsView),
  baseline: () => import('../baselines/baseline-view').then((module) => module.BaselineView),
  dashboard: () => import('../controls/dashboard-view').then((module) => module.ControlsDashboardView),
  risks: () => import('../risks/risk-register-view').then((module) => module.RiskRegisterView),
  timesheet: () => import('../timesheets/timesheet-view').then((module) => module.TimesheetView),
  quality: () => import('../quality/quality-view').then((module) => module.QualityView),
};

const VIEWS = {} as Record<LazyProjectViewId, LazyExoticComponent<ComponentType<ProjectViewProps>>>;
for (const id of Object.keys(LOADERS) as LazyProjectViewId[])
  VIEWS[id] = lazy(() => LOADERS[id]().then((view) => ({ default: view })));

/** Starts loading every lazy view's code (modules load once; later calls cost nothing). */
export function preloadProjectViews(): void {
  for (const load of Object.values(LOADERS)) void load();
}

/** The project view `view`, with a skeleton while its code loads. */
export function LazyProjectView({ view, ...props }: ProjectViewProps & { readonly view: LazyProjectViewId }) {
  const View = VIEWS[view];
  return (
    <Suspense
      fallback={
        <Stack gap="xs" aria-busy="true" aria-label="Loading view">
          <Skeleton height={32} />
          <Skeleton height={240} />
        </Stack>
      }
    >
      <View {...props} />
    </Suspense>
  );
}
