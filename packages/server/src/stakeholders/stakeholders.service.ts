import type {
  CreateStakeholderRequest,
  Role,
  Stakeholder,
  StakeholderQuadrant,
  UpdateStakeholderRequest,
} from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { problems } from '../http/problem-error';
import { atLeast } from '../memberships/memberships.policy';
import { findProduct } from '../products/products.repository';
import { requireWorkspace } from '../workspaces/workspaces.service';
import { presentStakeholder } from './stakeholder.presenter';
import {
  findStakeholder,
  findStakeholderForUser,
  listStakeholderRows,
  type StakeholderRow,
  updateStakeholderIfVersion,
} from './stakeholders.repository';

/** A committed stakeholder write and where it happened (for the live feed). */
export interface StakeholderWrite<T> {
  readonly value: T;
  readonly workspaceId: string;
}

async function checkProduct(db: Kysely<Database>, workspaceId: string, productId: string | null | undefined) {
  if (productId == null) return;
  if (!(await findProduct(db, workspaceId, productId)))
    throw problems.validation('body.productId', `${productId} is not a product of this workspace`);
}

export class StakeholdersService {
  constructor(private readonly db: Kysely<Database>) {}

  /** The register, most powerful and interested first; optionally one product's or one quadrant's. */
  async list(
    userId: string,
    workspaceId: string,
    query: { productId?: string; quadrant?: StakeholderQuadrant },
  ): Promise<Stakeholder[]> {
    await requireWorkspace(this.db, workspaceId, userId);
    return (await listStakeholderRows(this.db, workspaceId))
      .filter((r) => query.productId === undefined || r.product_id === query.productId)
      .map(presentStakeholder)
      .filter((s) => query.quadrant === undefined || s.quadrant === query.quadrant);
  }

  async get(userId: string, stakeholderId: string): Promise<Stakeholder> {
    return presentStakeholder(await this.requireStakeholder(stakeholderId, userId));
  }

  async create(
    userId: string,
    workspaceId: string,
    input: CreateStakeholderRequest,
  ): Promise<StakeholderWrite<Stakeholder>> {
    const workspace = await requireWorkspace(this.db, workspaceId, userId);
    if (!atLeast(workspace.role, 'member'))
      throw problems.forbidden(`a ${workspace.role} cannot change the stakeholder register`);
    return this.db.transaction().execute(async (trx) => {
      await checkProduct(trx, workspaceId, input.productId);
      const now = nowUtc();
      const row: StakeholderRow = {
        workspace_id: workspaceId,
        id: newId(),
        product_id: input.productId ?? null,
        name: input.name,
        role: input.role ?? '',
        organisation: input.organisation ?? '',
        power: input.power,
        interest: input.interest,
        engagement_plan: input.engagementPlan ?? '',
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await trx.insertInto('stakeholders').values(row).execute();
      return { value: presentStakeholder(row), workspaceId };
    });
  }

  async update(
    userId: string,
    stakeholderId: string,
    input: UpdateStakeholderRequest,
  ): Promise<StakeholderWrite<Stakeholder>> {
    const found = await this.requireWriter(stakeholderId, userId);
    const workspaceId = found.workspace_id;
    return this.db.transaction().execute(async (trx) => {
      const current = await findStakeholder(trx, workspaceId, stakeholderId);
      if (!current) throw problems.notFound('stakeholder', stakeholderId);
      if (input.productId !== undefined) await checkProduct(trx, workspaceId, input.productId);
      const changes: Partial<StakeholderRow> = {
        product_id: input.productId === undefined ? current.product_id : input.productId,
        name: input.name ?? current.name,
        role: input.role ?? current.role,
        organisation: input.organisation ?? current.organisation,
        power: input.power ?? current.power,
        interest: input.interest ?? current.interest,
        engagement_plan: input.engagementPlan ?? current.engagement_plan,
        updated_at: nowUtc(),
      };
      if (
        current.version !== input.version ||
        !(await updateStakeholderIfVersion(trx, workspaceId, stakeholderId, input.version, changes))
      ) {
        const latest = (await findStakeholder(trx, workspaceId, stakeholderId)) as StakeholderRow;
        throw problems.versionConflict(
          'the stakeholder',
          input.version,
          presentStakeholder(latest),
          latest.version,
        );
      }
      const updated = (await findStakeholder(trx, workspaceId, stakeholderId)) as StakeholderRow;
      return { value: presentStakeholder(updated), workspaceId };
    });
  }

  async delete(
    userId: string,
    stakeholderId: string,
    version: number | undefined,
  ): Promise<StakeholderWrite<null>> {
    const found = await this.requireWriter(stakeholderId, userId);
    const workspaceId = found.workspace_id;
    await this.db.transaction().execute(async (trx) => {
      const current = await findStakeholder(trx, workspaceId, stakeholderId);
      if (!current) throw problems.notFound('stakeholder', stakeholderId);
      if (version !== undefined && version !== current.version)
        throw problems.versionConflict(
          'the stakeholder',
          version,
          presentStakeholder(current),
          current.version,
        );
      await trx
        .deleteFrom('stakeholders')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', stakeholderId)
        .execute();
    });
    return { value: null, workspaceId };
  }

  private async requireStakeholder(
    stakeholderId: string,
    userId: string,
  ): Promise<StakeholderRow & { role: Role }> {
    const row = await findStakeholderForUser(this.db, stakeholderId, userId);
    if (!row) throw problems.notFound('stakeholder', stakeholderId);
    return row as StakeholderRow & { role: Role };
  }

  private async requireWriter(
    stakeholderId: string,
    userId: string,
  ): Promise<StakeholderRow & { role: Role }> {
    const row = await this.requireStakeholder(stakeholderId, userId);
    if (!atLeast(row.role, 'member'))
      throw problems.forbidden(`a ${row.role} cannot change the stakeholder register`);
    return row;
  }
}
