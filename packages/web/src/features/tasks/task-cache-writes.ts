import type { Task, TaskAnalysis, TaskList } from '@tandem/api';
import type { QueryClient } from '@tanstack/react-query';
import type { Link } from '../links/link.types';
import { linkKeys } from '../links/link-keys';
import { projectKeys } from '../projects/projects.queries';
import { noteVersion } from './history-store';
import { insertTask, mergeAnalysis, mergeTasks, removeSubtree, subtreeOf } from './task-cache';
import { taskKeys } from './task-keys';

type LinkList = { readonly items: readonly Link[] };

function updateTaskList(
  queryClient: QueryClient,
  projectId: string,
  update: (items: readonly Task[]) => readonly Task[],
): void {
  queryClient.setQueryData<TaskList>(taskKeys.list(projectId), (old) => {
    if (!old) return old;
    const items = update(old.items);
    return items === old.items ? old : { ...old, items: items.slice() };
  });
}

function updateLinkList(
  queryClient: QueryClient,
  projectId: string,
  update: (items: readonly Link[]) => readonly Link[],
): void {
  queryClient.setQueryData<LinkList>(linkKeys.list(projectId), (old) => {
    if (!old) return old;
    const items = update(old.items);
    return items === old.items ? old : { ...old, items: items.slice() };
  });
}

/**
 * Puts the tasks one of our writes moved into the cache at once, and the analysis of those whose
 * dates held (`reanalysed`), so the sheet and the Gantt repaint without a refetch; the moved
 * tasks' versions are ours to undo from.
 */
export function applyRescheduled(
  queryClient: QueryClient,
  projectId: string,
  tasks: readonly Task[],
  reanalysed: readonly TaskAnalysis[],
): void {
  for (const task of tasks) noteVersion(task.id, task.version);
  updateTaskList(queryClient, projectId, (items) => mergeAnalysis(mergeTasks(items, tasks), reanalysed));
}

/** Puts tasks into the cache as the server holds them without claiming them as ours (a rollback, theirs of a conflict). */
export function applyTheirs(queryClient: QueryClient, projectId: string, tasks: readonly Task[]): void {
  updateTaskList(queryClient, projectId, (items) => mergeTasks(items, tasks));
}

// Project sub-keys (`['projects', id, <this>, …]`) the server derives from the schedule.
const SCHEDULE_DERIVED = new Set(['workload', 'baselines', 'assignments']);

/**
 * The project's finish and task count, and its workload, baseline variances and assignment work,
 * follow from the schedule: fetched again in the background (the task list is not).
 */
export async function refreshProject(queryClient: QueryClient, projectId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: projectKeys.one(projectId), exact: true }),
    queryClient.invalidateQueries({
      predicate: (query) =>
        query.queryKey[0] === 'projects' &&
        query.queryKey[1] === projectId &&
        SCHEDULE_DERIVED.has(String(query.queryKey[2])),
    }),
  ]);
}

/**
 * After a write that changed the outline (create, move, indent, delete): positions, outline
 * numbers and summary flags of other tasks changed too, and the write answers only dates, so the
 * list is fetched again (the cache already shows the write itself).
 */
export function refreshOutline(queryClient: QueryClient, projectId: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: taskKeys.list(projectId) });
}

export function applyTaskCreated(
  queryClient: QueryClient,
  projectId: string,
  task: Task,
  afterTaskId: string | null | undefined,
  rescheduled: readonly Task[],
  reanalysed: readonly TaskAnalysis[],
): void {
  for (const written of [task, ...rescheduled]) noteVersion(written.id, written.version);
  updateTaskList(queryClient, projectId, (items) =>
    mergeAnalysis(mergeTasks(insertTask(items, task, afterTaskId), rescheduled), reanalysed),
  );
}

/** Removes a task, its subtasks and every link touching them from the cache. */
export function applyTaskDeleted(
  queryClient: QueryClient,
  projectId: string,
  taskId: string,
  rescheduled: readonly Task[],
  reanalysed: readonly TaskAnalysis[],
): void {
  const list = queryClient.getQueryData<TaskList>(taskKeys.list(projectId));
  for (const written of rescheduled) noteVersion(written.id, written.version);
  const gone = new Set(subtreeOf(list?.items ?? [], taskId).map((task) => task.id));
  gone.add(taskId);
  updateTaskList(queryClient, projectId, (items) =>
    mergeAnalysis(mergeTasks(removeSubtree(items, taskId), rescheduled), reanalysed),
  );
  updateLinkList(queryClient, projectId, (items) =>
    items.some((link) => gone.has(link.predecessorId) || gone.has(link.successorId))
      ? items.filter((link) => !gone.has(link.predecessorId) && !gone.has(link.successorId))
      : items,
  );
}

/** Puts a link into the cache; `own` (our write's answer) makes its version ours to undo from. */
export function applyLinkWritten(queryClient: QueryClient, projectId: string, link: Link, own = true): void {
  if (own) noteVersion(link.id, link.version);
  updateLinkList(queryClient, projectId, (items) => {
    const index = items.findIndex((l) => l.id === link.id);
    if (index < 0) return [...items, link];
    const next = items.slice();
    next[index] = link;
    return next;
  });
}

export function applyLinkDeleted(queryClient: QueryClient, projectId: string, linkId: string): void {
  updateLinkList(queryClient, projectId, (items) => items.filter((l) => l.id !== linkId));
}

/** The cached tasks of a project (empty before the first fetch). */
export function cachedTasks(queryClient: QueryClient, projectId: string): readonly Task[] {
  return queryClient.getQueryData<TaskList>(taskKeys.list(projectId))?.items ?? [];
}

/** The cached links of a project (empty before the first fetch). */
export function cachedLinks(queryClient: QueryClient, projectId: string): readonly Link[] {
  return queryClient.getQueryData<LinkList>(linkKeys.list(projectId))?.items ?? [];
}
