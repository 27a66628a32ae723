import type { z } from 'zod';
import {
  assignmentListQuerySchema,
  assignmentListSchema,
  assignmentParamsSchema,
  assignmentSchema,
  assignmentWriteResultSchema,
  createAssignmentRequestSchema,
  updateAssignmentRequestSchema,
} from './contracts/assignments';
import { sessionSchema, signInRequestSchema, signUpRequestSchema } from './contracts/auth';
import {
  baselineComparisonSchema,
  baselineListSchema,
  baselineParamsSchema,
  baselineSummarySchema,
  setBaselineRequestSchema,
} from './contracts/baselines';
import {
  calendarListSchema,
  calendarParamsSchema,
  calendarSchema,
  calendarWriteResultSchema,
  createCalendarRequestSchema,
  updateCalendarRequestSchema,
} from './contracts/calendars';
import { healthSchema } from './contracts/health';
import {
  clearLevelingRequestSchema,
  clearLevelingResultSchema,
  levelRequestSchema,
  levelResultSchema,
  workloadQuerySchema,
  workloadSchema,
} from './contracts/leveling';
import {
  createLinkRequestSchema,
  linkListSchema,
  linkParamsSchema,
  linkSchema,
  linkWriteResultSchema,
  updateLinkRequestSchema,
} from './contracts/links';
import {
  createProjectRequestSchema,
  projectListSchema,
  projectParamsSchema,
  projectSchema,
  projectWriteResultSchema,
  updateProjectRequestSchema,
} from './contracts/projects';
import { deleteQuerySchema, rescheduleResultSchema, taskWriteResultSchema } from './contracts/rescheduled';
import {
  createResourceRequestSchema,
  resourceListSchema,
  resourceParamsSchema,
  resourceSchema,
  updateResourceRequestSchema,
} from './contracts/resources';
import {
  createTaskRequestSchema,
  outlineMoveRequestSchema,
  taskListSchema,
  taskParamsSchema,
  taskSchema,
  updateTaskRequestSchema,
} from './contracts/tasks';
import {
  createWorkspaceRequestSchema,
  memberListSchema,
  workspaceListSchema,
  workspaceParamsSchema,
  workspaceSchema,
} from './contracts/workspaces';
import { costRoutes } from './route-groups/costs';
import { featureRoutes } from './route-groups/features';
import { feedbackRoutes } from './route-groups/feedback';
import { goalRoutes } from './route-groups/goals';
import { marketRoutes } from './route-groups/market';
import { productRoutes } from './route-groups/products';
import { qualityRoutes } from './route-groups/quality';
import { raidRoutes } from './route-groups/raid';
import { releaseRoutes } from './route-groups/releases';
import { riskRoutes } from './route-groups/risks';
import { shareLinkRoutes } from './route-groups/share-links';
import { simulationRoutes } from './route-groups/simulations';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Who may call a route: anyone, or a signed-in session (membership is checked per object). */
export type RouteAccess = 'public' | 'session';

/**
 * One endpoint of the API: the single source of truth from which the server registers its route
 * and the client builds its method. `path` uses `:name` placeholders filled from `params`.
 */
export interface RouteDefinition {
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly access: RouteAccess;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** Success status and its body schema; `null` for 204 No Content. */
  readonly status: 200 | 201 | 204;
  readonly response: z.ZodType | null;
}

/** Every endpoint, by the client method name. */
export const routes = {
  health: {
    method: 'GET',
    path: '/api/health',
    summary: 'Liveness and database kind',
    tag: 'system',
    access: 'public',
    status: 200,
    response: healthSchema,
  },
  signUp: {
    method: 'POST',
    path: '/api/v1/auth/sign-up',
    summary: 'Create an account and its personal workspace, and sign in',
    tag: 'auth',
    access: 'public',
    body: signUpRequestSchema,
    status: 201,
    response: sessionSchema,
  },
  signIn: {
    method: 'POST',
    path: '/api/v1/auth/sign-in',
    summary: 'Sign in with email and password (sets the session cookie)',
    tag: 'auth',
    access: 'public',
    body: signInRequestSchema,
    status: 200,
    response: sessionSchema,
  },
  signOut: {
    method: 'POST',
    path: '/api/v1/auth/sign-out',
    summary: 'Sign out (ends the session, clears the cookie)',
    tag: 'auth',
    access: 'session',
    status: 204,
    response: null,
  },
  getSession: {
    method: 'GET',
    path: '/api/v1/auth/session',
    summary: 'The current session: user, CSRF token and memberships',
    tag: 'auth',
    access: 'session',
    status: 200,
    response: sessionSchema,
  },
  listWorkspaces: {
    method: 'GET',
    path: '/api/v1/workspaces',
    summary: "The caller's workspaces",
    tag: 'workspaces',
    access: 'session',
    status: 200,
    response: workspaceListSchema,
  },
  createWorkspace: {
    method: 'POST',
    path: '/api/v1/workspaces',
    summary: 'Create a workspace owned by the caller',
    tag: 'workspaces',
    access: 'session',
    body: createWorkspaceRequestSchema,
    status: 201,
    response: workspaceSchema,
  },
  getWorkspace: {
    method: 'GET',
    path: '/api/v1/workspaces/:workspaceId',
    summary: 'One workspace',
    tag: 'workspaces',
    access: 'session',
    params: workspaceParamsSchema,
    status: 200,
    response: workspaceSchema,
  },
  listMembers: {
    method: 'GET',
    path: '/api/v1/workspaces/:workspaceId/members',
    summary: 'Members of a workspace with their roles',
    tag: 'workspaces',
    access: 'session',
    params: workspaceParamsSchema,
    status: 200,
    response: memberListSchema,
  },
  listProjects: {
    method: 'GET',
    path: '/api/v1/workspaces/:workspaceId/projects',
    summary: 'Projects of a workspace',
    tag: 'projects',
    access: 'session',
    params: workspaceParamsSchema,
    status: 200,
    response: projectListSchema,
  },
  createProject: {
    method: 'POST',
    path: '/api/v1/workspaces/:workspaceId/projects',
    summary: 'Create a project',
    tag: 'projects',
    access: 'session',
    params: workspaceParamsSchema,
    body: createProjectRequestSchema,
    status: 201,
    response: projectSchema,
  },
  getProject: {
    method: 'GET',
    path: '/api/v1/projects/:projectId',
    summary: 'One project',
    tag: 'projects',
    access: 'session',
    params: projectParamsSchema,
    status: 200,
    response: projectSchema,
  },
  updateProject: {
    method: 'PATCH',
    path: '/api/v1/projects/:projectId',
    summary: 'Change a project (optimistic concurrency on version)',
    tag: 'projects',
    access: 'session',
    params: projectParamsSchema,
    body: updateProjectRequestSchema,
    status: 200,
    response: projectWriteResultSchema,
  },
  deleteProject: {
    method: 'DELETE',
    path: '/api/v1/projects/:projectId',
    summary: 'Delete a project with its tasks and links (?version= checks staleness)',
    tag: 'projects',
    access: 'session',
    params: projectParamsSchema,
    query: deleteQuerySchema,
    status: 204,
    response: null,
  },
  listTasks: {
    method: 'GET',
    path: '/api/v1/projects/:projectId/tasks',
    summary: 'Tasks of a project in outline order',
    tag: 'tasks',
    access: 'session',
    params: projectParamsSchema,
    status: 200,
    response: taskListSchema,
  },
  createTask: {
    method: 'POST',
    path: '/api/v1/projects/:projectId/tasks',
    summary: 'Add a task (the project is rescheduled)',
    tag: 'tasks',
    access: 'session',
    params: projectParamsSchema,
    body: createTaskRequestSchema,
    status: 201,
    response: taskWriteResultSchema,
  },
  getTask: {
    method: 'GET',
    path: '/api/v1/tasks/:taskId',
    summary: 'One task',
    tag: 'tasks',
    access: 'session',
    params: taskParamsSchema,
    status: 200,
    response: taskSchema,
  },
  updateTask: {
    method: 'PATCH',
    path: '/api/v1/tasks/:taskId',
    summary: 'Change or move a task (optimistic concurrency on version; the project is rescheduled)',
    tag: 'tasks',
    access: 'session',
    params: taskParamsSchema,
    body: updateTaskRequestSchema,
    status: 200,
    response: taskWriteResultSchema,
  },
  deleteTask: {
    method: 'DELETE',
    path: '/api/v1/tasks/:taskId',
    summary:
      'Delete a task with its subtasks and links (the project is rescheduled; ?version= checks staleness)',
    tag: 'tasks',
    access: 'session',
    params: taskParamsSchema,
    query: deleteQuerySchema,
    status: 200,
    response: rescheduleResultSchema,
  },
  indentTask: {
    method: 'POST',
    path: '/api/v1/tasks/:taskId/indent',
    summary: 'Make a task the last subtask of the sibling above it (the project is rescheduled)',
    tag: 'tasks',
    access: 'session',
    params: taskParamsSchema,
    body: outlineMoveRequestSchema,
    status: 200,
    response: taskWriteResultSchema,
  },
  outdentTask: {
    method: 'POST',
    path: '/api/v1/tasks/:taskId/outdent',
    summary:
      'Move a task up one level, right after its parent, adopting the siblings below it (the project is rescheduled)',
    tag: 'tasks',
    access: 'session',
    params: taskParamsSchema,
    body: outlineMoveRequestSchema,
    status: 200,
    response: taskWriteResultSchema,
  },
  listLinks: {
    method: 'GET',
    path: '/api/v1/projects/:projectId/links',
    summary: 'Links (dependencies) of a project',
    tag: 'links',
    access: 'session',
    params: projectParamsSchema,
    status: 200,
    response: linkListSchema,
  },
  createLink: {
    method: 'POST',
    path: '/api/v1/projects/:projectId/links',
    summary: 'Link two tasks of the project (the project is rescheduled; a loop is refused)',
    tag: 'links',
    access: 'session',
    params: projectParamsSchema,
    body: createLinkRequestSchema,
    status: 201,
    response: linkWriteResultSchema,
  },
  getLink: {
    method: 'GET',
    path: '/api/v1/links/:linkId',
    summary: 'One link',
    tag: 'links',
    access: 'session',
    params: linkParamsSchema,
    status: 200,
    response: linkSchema,
  },
  updateLink: {
    method: 'PATCH',
    path: '/api/v1/links/:linkId',
    summary:
      'Change the type or lag of a link (optimistic concurrency on version; the project is rescheduled)',
    tag: 'links',
    access: 'session',
    params: linkParamsSchema,
    body: updateLinkRequestSchema,
    status: 200,
    response: linkWriteResultSchema,
  },
  deleteLink: {
    method: 'DELETE',
    path: '/api/v1/links/:linkId',
    summary: 'Remove a link (the project is rescheduled; ?version= checks staleness)',
    tag: 'links',
    access: 'session',
    params: linkParamsSchema,
    query: deleteQuerySchema,
    status: 200,
    response: rescheduleResultSchema,
  },
  listCalendars: {
    method: 'GET',
    path: '/api/v1/workspaces/:workspaceId/calendars',
    summary: 'Calendars of a workspace',
    tag: 'calendars',
    access: 'session',
    params: workspaceParamsSchema,
    status: 200,
    response: calendarListSchema,
  },
  createCalendar: {
    method: 'POST',
    path: '/api/v1/workspaces/:workspaceId/calendars',
    summary: 'Create a base or derived calendar',
    tag: 'calendars',
    access: 'session',
    params: workspaceParamsSchema,
    body: createCalendarRequestSchema,
    status: 201,
    response: calendarSchema,
  },
  getCalendar: {
    method: 'GET',
    path: '/api/v1/calendars/:calendarId',
    summary: 'One calendar',
    tag: 'calendars',
    access: 'session',
    params: calendarParamsSchema,
    status: 200,
    response: calendarSchema,
  },
  updateCalendar: {
    method: 'PATCH',
    path: '/api/v1/calendars/:calendarId',
    summary: 'Change a calendar (optimistic concurrency on version; projects using it are rescheduled)',
    tag: 'calendars',
    access: 'session',
    params: calendarParamsSchema,
    body: updateCalendarRequestSchema,
    status: 200,
    response: calendarWriteResultSchema,
  },
  deleteCalendar: {
    method: 'DELETE',
    path: '/api/v1/calendars/:calendarId',
    summary: 'Delete a calendar no project or calendar uses (?version= checks staleness)',
    tag: 'calendars',
    access: 'session',
    params: calendarParamsSchema,
    query: deleteQuerySchema,
    status: 204,
    response: null,
  },
  listResources: {
    method: 'GET',
    path: '/api/v1/workspaces/:workspaceId/resources',
    summary: 'Resources of a workspace, by name',
    tag: 'resources',
    access: 'session',
    params: workspaceParamsSchema,
    status: 200,
    response: resourceListSchema,
  },
  createResource: {
    method: 'POST',
    path: '/api/v1/workspaces/:workspaceId/resources',
    summary: 'Create a work, material or cost resource',
    tag: 'resources',
    access: 'session',
    params: workspaceParamsSchema,
    body: createResourceRequestSchema,
    status: 201,
    response: resourceSchema,
  },
  getResource: {
    method: 'GET',
    path: '/api/v1/resources/:resourceId',
    summary: 'One resource',
    tag: 'resources',
    access: 'session',
    params: resourceParamsSchema,
    status: 200,
    response: resourceSchema,
  },
  updateResource: {
    method: 'PATCH',
    path: '/api/v1/resources/:resourceId',
    summary: 'Change a resource (optimistic concurrency on version; projects using it are rescheduled)',
    tag: 'resources',
    access: 'session',
    params: resourceParamsSchema,
    body: updateResourceRequestSchema,
    status: 200,
    response: resourceSchema,
  },
  deleteResource: {
    method: 'DELETE',
    path: '/api/v1/resources/:resourceId',
    summary:
      'Delete a resource with its assignments (projects using it are rescheduled; ?version= checks staleness)',
    tag: 'resources',
    access: 'session',
    params: resourceParamsSchema,
    query: deleteQuerySchema,
    status: 200,
    response: rescheduleResultSchema,
  },
  listAssignments: {
    method: 'GET',
    path: '/api/v1/projects/:projectId/assignments',
    summary: 'Assignments of a project, optionally of one task or resource',
    tag: 'assignments',
    access: 'session',
    params: projectParamsSchema,
    query: assignmentListQuerySchema,
    status: 200,
    response: assignmentListSchema,
  },
  createAssignment: {
    method: 'POST',
    path: '/api/v1/projects/:projectId/assignments',
    summary: 'Assign a resource to a task (the project is rescheduled)',
    tag: 'assignments',
    access: 'session',
    params: projectParamsSchema,
    body: createAssignmentRequestSchema,
    status: 201,
    response: assignmentWriteResultSchema,
  },
  getAssignment: {
    method: 'GET',
    path: '/api/v1/assignments/:assignmentId',
    summary: 'One assignment',
    tag: 'assignments',
    access: 'session',
    params: assignmentParamsSchema,
    status: 200,
    response: assignmentSchema,
  },
  updateAssignment: {
    method: 'PATCH',
    path: '/api/v1/assignments/:assignmentId',
    summary:
      'Change units or work of an assignment (optimistic concurrency on version; the project is rescheduled)',
    tag: 'assignments',
    access: 'session',
    params: assignmentParamsSchema,
    body: updateAssignmentRequestSchema,
    status: 200,
    response: assignmentWriteResultSchema,
  },
  deleteAssignment: {
    method: 'DELETE',
    path: '/api/v1/assignments/:assignmentId',
    summary: 'Remove an assignment (the project is rescheduled; ?version= checks staleness)',
    tag: 'assignments',
    access: 'session',
    params: assignmentParamsSchema,
    query: deleteQuerySchema,
    status: 200,
    response: rescheduleResultSchema,
  },
  listBaselines: {
    method: 'GET',
    path: '/api/v1/projects/:projectId/baselines',
    summary: 'Baselines saved in a project',
    tag: 'baselines',
    access: 'session',
    params: projectParamsSchema,
    status: 200,
    response: baselineListSchema,
  },
  setBaseline: {
    method: 'POST',
    path: '/api/v1/projects/:projectId/baselines',
    summary: 'Save the current schedule as baseline 0–10 for every task or the given ones',
    tag: 'baselines',
    access: 'session',
    params: projectParamsSchema,
    body: setBaselineRequestSchema,
    status: 200,
    response: baselineSummarySchema,
  },
  clearBaseline: {
    method: 'DELETE',
    path: '/api/v1/projects/:projectId/baselines/:number',
    summary: 'Clear a baseline of every task of a project',
    tag: 'baselines',
    access: 'session',
    params: baselineParamsSchema,
    status: 204,
    response: null,
  },
  compareBaseline: {
    method: 'GET',
    path: '/api/v1/projects/:projectId/baselines/:number/compare',
    summary: 'Each task against a baseline: dates, durations, variances in working minutes, slipped flag',
    tag: 'baselines',
    access: 'session',
    params: baselineParamsSchema,
    status: 200,
    response: baselineComparisonSchema,
  },
  getWorkload: {
    method: 'GET',
    path: '/api/v1/projects/:projectId/workload',
    summary: 'Work and capacity per resource per day or week, with overallocations',
    tag: 'leveling',
    access: 'session',
    params: projectParamsSchema,
    query: workloadQuerySchema,
    status: 200,
    response: workloadSchema,
  },
  levelProject: {
    method: 'POST',
    path: '/api/v1/projects/:projectId/level',
    summary: 'Level the resources of a project by delaying tasks; answers the delays and what moved',
    tag: 'leveling',
    access: 'session',
    params: projectParamsSchema,
    body: levelRequestSchema,
    status: 200,
    response: levelResultSchema,
  },
  clearLeveling: {
    method: 'POST',
    path: '/api/v1/projects/:projectId/level/clear',
    summary: 'Remove levelling delays of every task or the given ones',
    tag: 'leveling',
    access: 'session',
    params: projectParamsSchema,
    body: clearLevelingRequestSchema,
    status: 200,
    response: clearLevelingResultSchema,
  },
  ...riskRoutes,
  ...costRoutes,
  ...qualityRoutes,
  ...raidRoutes,
  ...featureRoutes,
  ...feedbackRoutes,
  ...releaseRoutes,
  ...shareLinkRoutes,
  ...goalRoutes,
  ...productRoutes,
  ...marketRoutes,
  ...simulationRoutes,
} as const satisfies Record<string, RouteDefinition>;

export type Routes = typeof routes;
export type RouteName = keyof Routes;

type InputOf<S> = S extends z.ZodType ? z.input<S> : never;
type OutputOf<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a call to route `R` takes: `params` and `body` appear only when the route has them. */
export type RouteArgs<R extends RouteDefinition> = (R extends { params: z.ZodType }
  ? { params: InputOf<R['params']> }
  : { params?: undefined }) &
  (R extends { body: z.ZodType } ? { body: InputOf<R['body']> } : { body?: undefined }) &
  (R extends { query: z.ZodType } ? { query?: InputOf<R['query']> } : { query?: undefined });

/** What route `R` answers on success (`undefined` for 204). */
export type RouteResult<R extends RouteDefinition> = OutputOf<R['response']>;

/** Fills `:name` placeholders of a route path; throws naming a missing parameter. */
export function buildPath(path: string, params: Readonly<Record<string, unknown>> | undefined): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === '') {
      throw new TypeError(`missing path parameter "${name}" for ${path}`);
    }
    return encodeURIComponent(String(value));
  });
}
