import {
  type Assignment,
  assignmentWriteResultSchema,
  type Project,
  projectSchema,
  type Resource,
  resourceSchema,
  type Task,
  taskWriteResultSchema,
} from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { nowUtc } from '../../src/db/timestamps';
import { insertMembership } from '../../src/memberships/memberships.repository';
import { Agent, uniqueEmail } from './agent';

const PASSWORD = 'plan fixture password';

/** Alice owns a workspace; Bob owns another; Carol is a viewer in Alice's. */
export interface People {
  readonly alice: Agent;
  readonly bob: Agent;
  readonly carol: Agent;
  readonly workspaceId: string;
  readonly bobWorkspaceId: string;
}

export async function signUpPeople(app: FastifyInstance): Promise<People> {
  const alice = new Agent(app);
  const bob = new Agent(app);
  const carol = new Agent(app);
  const workspaceId = (await alice.signUp(uniqueEmail('alice'), PASSWORD, 'Alice')).memberships[0]
    .workspaceId;
  const bobWorkspaceId = (await bob.signUp(uniqueEmail('bob'), PASSWORD, 'Bob')).memberships[0].workspaceId;
  const carolSession = await carol.signUp(uniqueEmail('carol'), PASSWORD, 'Carol');
  // there is no invitation API yet: add the membership the way the demo seed does
  const now = nowUtc();
  await insertMembership(app.database.db, {
    workspace_id: workspaceId,
    user_id: carolSession.user.id,
    role: 'viewer',
    created_at: now,
    updated_at: now,
  });
  return { alice, bob, carol, workspaceId, bobWorkspaceId };
}

/** Monday 2 March 2026, 08:00: the Standard calendar's first working minute of that week. */
export const MONDAY = '2026-03-02T08:00:00';

export async function createProject(agent: Agent, workspaceId: string, name: string): Promise<Project> {
  const response = await agent.post(`/api/v1/workspaces/${workspaceId}/projects`, { name, start: MONDAY });
  expect(response.statusCode, response.body).toBe(201);
  return projectSchema.parse(response.json());
}

export async function createTask(
  agent: Agent,
  projectId: string,
  body: Record<string, unknown>,
): Promise<Task> {
  const response = await agent.post(`/api/v1/projects/${projectId}/tasks`, body);
  expect(response.statusCode, response.body).toBe(201);
  return taskWriteResultSchema.parse(response.json()).task;
}

export async function createResource(
  agent: Agent,
  workspaceId: string,
  body: Record<string, unknown>,
): Promise<Resource> {
  const response = await agent.post(`/api/v1/workspaces/${workspaceId}/resources`, body);
  expect(response.statusCode, response.body).toBe(201);
  return resourceSchema.parse(response.json());
}

export async function assign(
  agent: Agent,
  projectId: string,
  body: Record<string, unknown>,
): Promise<{ assignment: Assignment; rescheduled: Task[] }> {
  const response = await agent.post(`/api/v1/projects/${projectId}/assignments`, body);
  expect(response.statusCode, response.body).toBe(201);
  return assignmentWriteResultSchema.parse(response.json());
}
