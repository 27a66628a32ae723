import type { Role } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { nowUtc } from '../../src/db/timestamps';
import { insertMembership } from '../../src/memberships/memberships.repository';
import { Agent, uniqueEmail } from './agent';

/**
 * Signs up a new person and adds them to the workspace with `role` (there is no invitation API
 * yet: the membership is inserted as the demo seed does). Answers their signed-in agent and id.
 */
export async function joinAs(
  app: FastifyInstance,
  workspaceId: string,
  role: Role,
  password = 'member test password',
): Promise<{ agent: Agent; userId: string }> {
  const agent = new Agent(app);
  const session = await agent.signUp(uniqueEmail(role), password, `A ${role}`);
  await addMember(app, workspaceId, session.user.id, role);
  return { agent, userId: session.user.id };
}

/** Adds an existing user (who may have a workspace of their own) to `workspaceId` with `role`. */
export async function addMember(
  app: FastifyInstance,
  workspaceId: string,
  userId: string,
  role: Role,
): Promise<void> {
  const now = nowUtc();
  await insertMembership(app.database.db, {
    workspace_id: workspaceId,
    user_id: userId,
    role,
    created_at: now,
    updated_at: now,
  });
}
