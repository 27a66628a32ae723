import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/passwords';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { insertPlan, mondayOfWeek } from '../demo/insert-plan';
import { ProjectScheduler } from '../scheduling/project-schedule.service';
import { insertUser } from '../users/users.repository';
import { createWorkspaceWithOwner } from '../workspaces/workspaces.service';
import { benchPlan } from './bench-plan';

export interface SeedBenchOptions {
  readonly email: string;
  readonly password: string;
  readonly projects: number;
  readonly tasksPerProject: number;
  readonly log: (line: string) => void;
  readonly scheduler?: ProjectScheduler;
}

export interface SeededBench {
  readonly workspaceId: string;
  readonly userId: string;
  readonly projectIds: readonly string[];
  readonly taskCount: number;
  readonly linkCount: number;
}

/**
 * Seeds the API benchmark's workspace: one owner (`email`/`password`) and `projects` scheduled
 * projects of `tasksPerProject` tasks each (see benchPlan), one transaction per project so the
 * write lock is never held for long. Throws when the account exists already.
 */
export async function seedBenchWorkspace(
  db: Kysely<Database>,
  options: SeedBenchOptions,
): Promise<SeededBench> {
  if (!Number.isInteger(options.projects) || options.projects < 1) {
    throw new Error(
      `seed-bench: the project count must be a whole number of at least 1, got ${options.projects}`,
    );
  }
  const scheduler = options.scheduler ?? new ProjectScheduler();
  const passwordHash = await hashPassword(options.password);
  const userId = newId();
  const workspaceId = await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('users')
      .select('id')
      .where('email', '=', options.email)
      .executeTakeFirst();
    if (existing) throw new Error(`seed-bench: the account ${options.email} exists already`);
    const now = nowUtc();
    await insertUser(trx, {
      id: userId,
      email: options.email,
      name: 'Bench owner',
      password_hash: passwordHash,
      created_at: now,
      updated_at: now,
    });
    const workspace = await createWorkspaceWithOwner(trx, { name: 'API benchmark', ownerId: userId });
    return workspace.workspace_id;
  });
  const start = mondayOfWeek(new Date());
  const projectIds: string[] = [];
  let taskCount = 0;
  let linkCount = 0;
  const started = Date.now();
  for (let index = 0; index < options.projects; index++) {
    const plan = await db.transaction().execute((trx) =>
      insertPlan(trx, scheduler, workspaceId, {
        name: `Bench project ${index + 1}`,
        description: 'Synthetic project of the API benchmark',
        status: 'active',
        start,
        tasks: benchPlan(options.tasksPerProject, index + 1),
      }),
    );
    projectIds.push(plan.projectId);
    taskCount += plan.taskCount;
    linkCount += plan.linkCount;
    if ((index + 1) % 10 === 0 || index + 1 === options.projects) {
      options.log(
        `seeded ${index + 1}/${options.projects} projects (${taskCount} tasks, ${linkCount} links) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  }
  return { workspaceId, userId, projectIds, taskCount, linkCount };
}
