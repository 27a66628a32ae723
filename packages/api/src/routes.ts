import type { z } from 'zod';
import { sessionSchema, signInRequestSchema, signUpRequestSchema } from './contracts/auth';
import { healthSchema } from './contracts/health';
import {
  createProjectRequestSchema,
  projectListSchema,
  projectParamsSchema,
  projectSchema,
  updateProjectRequestSchema,
} from './contracts/projects';
import {
  createTaskRequestSchema,
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
    response: projectSchema,
  },
  deleteProject: {
    method: 'DELETE',
    path: '/api/v1/projects/:projectId',
    summary: 'Delete a project with its tasks and links',
    tag: 'projects',
    access: 'session',
    params: projectParamsSchema,
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
    response: taskSchema,
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
    response: taskSchema,
  },
  deleteTask: {
    method: 'DELETE',
    path: '/api/v1/tasks/:taskId',
    summary: 'Delete a task with its subtasks and links (the project is rescheduled)',
    tag: 'tasks',
    access: 'session',
    params: taskParamsSchema,
    status: 204,
    response: null,
  },
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
