import { randomBytes } from 'node:crypto';
import { formatDateTime, parseDateTime } from '@tandem/engine';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/passwords';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { insertMembership } from '../memberships/memberships.repository';
import { ProjectScheduler } from '../scheduling/project-schedule.service';
import { insertUser } from '../users/users.repository';
import { createWorkspaceWithOwner } from '../workspaces/workspaces.service';
import { AURORA_LAUNCH_PLAN } from './aurora-launch.plan';
import { DEMO_OWNER_EMAIL, DEMO_PEOPLE, DEMO_WORKSPACE_NAME } from './demo-workspace.data';
import { type DemoProject, insertPlan, mondayOfWeek, recordProgressUntil } from './insert-plan';
import { parsePlanOutline } from './plan-outline';
import { seedProductDemo } from './product-demo';
import { WEBSITE_REFRESH_PLAN } from './website-refresh.plan';

const AURORA_PROJECT_NAME = 'Aurora 2.0 launch';

export interface SeedDemoOptions {
  /** The demo owner's password (TANDEM_DEMO_PASSWORD, or a random one the caller prints). */
  readonly password: string;
  /** Progress lines for the console. */
  readonly log: (line: string) => void;
  /** "Now" for the plan dates and progress (default: the current time). */
  readonly now?: Date;
  /** The scheduling service (default: the engine's). */
  readonly scheduler?: ProjectScheduler;
}

export interface SeededDemo {
  readonly workspaceId: string;
  readonly email: string;
}

/**
 * Seeds the demo workspace "Northwind Labs" into an empty database, in one transaction (all of it
 * or nothing): the owner `demo@tandem.local` with `password`, four colleagues (admin, members,
 * viewer) who cannot sign in, the delivery project "Aurora 2.0 launch" starting Monday of the
 * current week with its dependencies scheduled by the engine, the smaller "Website refresh", and
 * the product side around Aurora (product, goals, scorecard, backlog linked to the plan's tasks,
 * release, feedback, stakeholders, market; see product-demo.ts).
 * Throws, writing nothing, when the demo owner's account already exists.
 */
export async function seedDemo(db: Kysely<Database>, options: SeedDemoOptions): Promise<SeededDemo> {
  const now = options.now ?? new Date();
  const scheduler = options.scheduler ?? new ProjectScheduler();
  const projects = demoProjects(now);
  // hashing is slow (argon2id): do it before the transaction holds the write lock
  const hashes = await Promise.all(
    DEMO_PEOPLE.map((person) =>
      hashPassword(
        person.email === DEMO_OWNER_EMAIL ? options.password : randomBytes(32).toString('base64url'),
      ),
    ),
  );

  const seeded = await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('users')
      .select('id')
      .where('email', '=', DEMO_OWNER_EMAIL)
      .executeTakeFirst();
    if (existing) throw new Error(`cannot seed the demo: the account ${DEMO_OWNER_EMAIL} exists already`);
    const createdAt = nowUtc();
    const userIds = DEMO_PEOPLE.map(() => newId());
    for (const [index, person] of DEMO_PEOPLE.entries()) {
      await insertUser(trx, {
        id: userIds[index],
        email: person.email,
        name: person.name,
        password_hash: hashes[index],
        created_at: createdAt,
        updated_at: createdAt,
      });
    }
    const ownerIndex = DEMO_PEOPLE.findIndex((person) => person.email === DEMO_OWNER_EMAIL);
    const workspace = await createWorkspaceWithOwner(trx, {
      name: DEMO_WORKSPACE_NAME,
      ownerId: userIds[ownerIndex],
    });
    for (const [index, person] of DEMO_PEOPLE.entries()) {
      if (index === ownerIndex) continue;
      await insertMembership(trx, {
        workspace_id: workspace.workspace_id,
        user_id: userIds[index],
        role: person.role,
        created_at: createdAt,
        updated_at: createdAt,
      });
    }
    const inserted = [];
    // project lists show the newest first: insert the flagship project last so it leads
    for (const project of [...projects].reverse()) {
      const plan = await insertPlan(trx, scheduler, workspace.workspace_id, project);
      if (plan.scheduled) {
        await recordProgressUntil(
          trx,
          workspace.workspace_id,
          plan.projectId,
          formatDateTime(floatingNow(now)),
        );
      }
      inserted.push({ name: project.name, ...plan });
    }
    const aurora = inserted.find((plan) => plan.name === AURORA_PROJECT_NAME);
    if (!aurora) throw new Error(`cannot seed the demo: the project "${AURORA_PROJECT_NAME}" is missing`);
    const product = await seedProductDemo(trx, {
      workspaceId: workspace.workspace_id,
      now,
      people: new Map(DEMO_PEOPLE.map((person, index) => [person.email, userIds[index]])),
      aurora: { projectId: aurora.projectId, taskIds: aurora.taskIds },
    });
    return { workspaceId: workspace.workspace_id, inserted, product };
  });

  options.log(`Demo workspace "${DEMO_WORKSPACE_NAME}" created with ${DEMO_PEOPLE.length} members.`);
  for (const plan of [...seeded.inserted].reverse()) {
    options.log(`  project "${plan.name}": ${plan.taskCount} tasks, ${plan.linkCount} dependencies`);
  }
  const { product } = seeded;
  options.log(
    `  product "Aurora": ${product.featureCount} backlog items, ${product.goalCount} goals, ` +
      `${product.feedbackCount} feedback items, release "Aurora 2.0"`,
  );
  if (seeded.inserted.some((plan) => !plan.scheduled)) {
    options.log('  (no scheduler available yet: task dates are placeholders until the plan is rescheduled)');
  }
  return { workspaceId: seeded.workspaceId, email: DEMO_OWNER_EMAIL };
}

/** The demo's projects, dated from the week of `now`. */
export function demoProjects(now: Date): DemoProject[] {
  const auroraStart = mondayOfWeek(now);
  const websiteStart = formatDateTime(parseDateTime(auroraStart) + 14 * 1440);
  return [
    {
      name: AURORA_PROJECT_NAME,
      description:
        'Aurora 2.0: real-time collaborative editing, offline-ready iOS and Android apps, Slack and Jira ' +
        'integrations and enterprise SSO, from discovery through beta to GA and hypercare.',
      status: 'active',
      start: auroraStart,
      tasks: parsePlanOutline('Aurora 2.0 launch', AURORA_LAUNCH_PLAN),
    },
    {
      name: 'Website refresh',
      description:
        'New information architecture, design and CMS for northwind.example ahead of the Aurora 2.0 launch.',
      status: 'planned',
      start: websiteStart,
      tasks: parsePlanOutline('Website refresh', WEBSITE_REFRESH_PLAN),
    },
  ];
}

/** The wall-clock minute of `now` in UTC, as a floating date-time. */
function floatingNow(now: Date): number {
  return parseDateTime(now.toISOString());
}
