import type { CreateFeatureRequest, FeatureKind, FeatureStatus } from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { problems } from '../http/problem-error';
import { findFeature } from './features.repository';

/** Rejecting a feature says why. */
export function checkStatusReason(status: FeatureStatus, reason: string): void {
  if (status === 'rejected' && reason.trim() === '') {
    throw problems.validation('body.statusReason', 'a rejected feature needs the reason it was rejected');
  }
}

/** The hierarchy is initiative → feature (or idea): a parent must be an initiative, and not the item itself. */
export async function checkParent(
  db: Kysely<Database>,
  workspaceId: string,
  featureId: string | null,
  kind: FeatureKind,
  parentId: string | null | undefined,
): Promise<void> {
  if (parentId == null) return;
  if (kind === 'initiative')
    throw problems.validation('body.parentId', 'an initiative is the top of the hierarchy');
  if (parentId === featureId)
    throw problems.validation('body.parentId', 'a feature cannot be its own parent');
  const parent = await findFeature(db, workspaceId, parentId);
  if (!parent) throw problems.validation('body.parentId', `${parentId} is not a feature of this workspace`);
  if (parent.kind !== 'initiative')
    throw problems.validation('body.parentId', `${parentId} is a ${parent.kind}, not an initiative`);
}

/** Links must point at projects of the workspace and, when a task is named, at a task of that project. */
export async function checkLinks(
  db: Kysely<Database>,
  workspaceId: string,
  links: NonNullable<CreateFeatureRequest['links']>,
): Promise<{ projectId: string; taskId: string | null }[]> {
  const out: { projectId: string; taskId: string | null }[] = [];
  for (const [i, link] of links.entries()) {
    const project = await db
      .selectFrom('projects')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', link.projectId)
      .executeTakeFirst();
    if (!project)
      throw problems.validation(
        `body.links.${i}.projectId`,
        `${link.projectId} is not a project of this workspace`,
      );
    if (link.taskId) {
      const task = await db
        .selectFrom('tasks')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('project_id', '=', link.projectId)
        .where('id', '=', link.taskId)
        .executeTakeFirst();
      if (!task)
        throw problems.validation(
          `body.links.${i}.taskId`,
          `${link.taskId} is not a task of project ${link.projectId}`,
        );
    }
    out.push({ projectId: link.projectId, taskId: link.taskId ?? null });
  }
  return out;
}

/** Goals a feature serves must be objectives of the workspace; answers them deduplicated. */
export async function checkGoals(
  db: Kysely<Database>,
  workspaceId: string,
  goalIds: readonly string[],
): Promise<string[]> {
  if (goalIds.length === 0) return [];
  const found = new Set(
    (
      await db
        .selectFrom('objectives')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', [...goalIds])
        .execute()
    ).map((r) => r.id),
  );
  for (const [i, id] of goalIds.entries()) {
    if (!found.has(id))
      throw problems.validation(`body.goalIds.${i}`, `${id} is not a goal of this workspace`);
  }
  return [...new Set(goalIds)];
}

/** A feature's release must be a release of the workspace. */
export async function checkRelease(
  db: Kysely<Database>,
  workspaceId: string,
  releaseId: string | null | undefined,
): Promise<void> {
  if (releaseId == null) return;
  const release = await db
    .selectFrom('releases')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', releaseId)
    .executeTakeFirst();
  if (!release)
    throw problems.validation('body.releaseId', `${releaseId} is not a release of this workspace`);
}

/** A feature's product must be a product of the workspace. */
export async function checkProduct(
  db: Kysely<Database>,
  workspaceId: string,
  productId: string | null | undefined,
): Promise<void> {
  if (productId == null) return;
  const product = await db
    .selectFrom('products')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', productId)
    .executeTakeFirst();
  if (!product)
    throw problems.validation('body.productId', `${productId} is not a product of this workspace`);
}
