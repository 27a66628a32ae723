import type {
  CreateFeedbackRequest,
  Feature,
  FeatureEvidence,
  FeedbackItem,
  Role,
  UpdateFeedbackRequest,
} from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { findFeature, findFeatureForUser } from '../features/features.repository';
import type { FeaturesService } from '../features/features.service';
import { problems } from '../http/problem-error';
import type { ScopedWrite } from '../live/announce-write';
import { atLeast } from '../memberships/memberships.policy';
import { requireWorkspace } from '../workspaces/workspaces.service';
import { type FeedbackRow, presentFeedback } from './feedback.presenter';
import { feedbackFromCsv } from './feedback-csv';

/** A committed write and where it happened (for the live feed). */
export type FeedbackWrite<T> = ScopedWrite<T>;

/** The feedback inbox: capture (form, API, CSV), triage onto features, evidence. */
export class FeedbackService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly features: FeaturesService,
  ) {}

  async list(
    userId: string,
    workspaceId: string,
    query: { status?: string; featureId?: string },
  ): Promise<FeedbackItem[]> {
    await requireWorkspace(this.db, workspaceId, userId);
    let select = this.db.selectFrom('feedback_items').selectAll().where('workspace_id', '=', workspaceId);
    if (query.status) select = select.where('status', '=', query.status);
    if (query.featureId) select = select.where('feature_id', '=', query.featureId);
    return (await select.orderBy('id', 'desc').execute()).map(presentFeedback);
  }

  async create(
    userId: string,
    workspaceId: string,
    input: CreateFeedbackRequest,
  ): Promise<FeedbackWrite<FeedbackItem>> {
    await this.requireWriterIn(workspaceId, userId);
    return this.db.transaction().execute(async (trx) => {
      const row = await this.insert(trx, workspaceId, userId, input, 'body.featureId');
      return { value: presentFeedback(row), workspaceId };
    });
  }

  async import(
    userId: string,
    workspaceId: string,
    csv: string,
    fileName?: string,
  ): Promise<FeedbackWrite<FeedbackItem[]>> {
    await this.requireWriterIn(workspaceId, userId);
    const items = feedbackFromCsv(csv, fileName);
    // all rows or none
    return this.db.transaction().execute(async (trx) => {
      const rows: FeedbackRow[] = [];
      for (const item of items) rows.push(await this.insert(trx, workspaceId, userId, item, 'body.csv'));
      return { value: rows.map(presentFeedback), workspaceId };
    });
  }

  async update(
    userId: string,
    itemId: string,
    input: UpdateFeedbackRequest,
  ): Promise<FeedbackWrite<FeedbackItem>> {
    const found = await this.requireItem(itemId, userId, true);
    return this.db.transaction().execute(async (trx) => {
      const current = await this.find(trx, found.workspace_id, itemId);
      if (current.version !== input.version) {
        throw problems.versionConflict(
          'the feedback',
          input.version,
          presentFeedback(current),
          current.version,
        );
      }
      const featureId = input.featureId === undefined ? current.feature_id : input.featureId;
      if (input.featureId)
        await this.checkFeature(trx, current.workspace_id, input.featureId, 'body.featureId');
      // linking triages; unlinking returns the item to the inbox unless a status is given
      const status =
        input.status ??
        (input.featureId === undefined ? current.status : input.featureId === null ? 'new' : 'triaged');
      const changes = {
        text: input.text ?? current.text,
        source: input.source ?? current.source,
        customer: input.customer ?? current.customer,
        company: input.company ?? current.company,
        segment: input.segment ?? current.segment,
        importance: input.importance ?? current.importance,
        tags: input.tags ? JSON.stringify(input.tags) : current.tags,
        status,
        feature_id: featureId,
        updated_at: nowUtc(),
        version: current.version + 1,
      };
      const result = await trx
        .updateTable('feedback_items')
        .set(changes)
        .where('workspace_id', '=', current.workspace_id)
        .where('id', '=', itemId)
        .where('version', '=', current.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) {
        throw problems.versionConflict(
          'the feedback',
          input.version,
          presentFeedback(current),
          current.version + 1,
        );
      }
      return { value: presentFeedback({ ...current, ...changes }), workspaceId: current.workspace_id };
    });
  }

  async delete(userId: string, itemId: string, version: number | undefined): Promise<FeedbackWrite<null>> {
    const found = await this.requireItem(itemId, userId, true);
    await this.db.transaction().execute(async (trx) => {
      const current = await this.find(trx, found.workspace_id, itemId);
      if (version !== undefined && version !== current.version) {
        throw problems.versionConflict('the feedback', version, presentFeedback(current), current.version);
      }
      await trx
        .deleteFrom('feedback_items')
        .where('workspace_id', '=', current.workspace_id)
        .where('id', '=', itemId)
        .execute();
    });
    return { value: null, workspaceId: found.workspace_id };
  }

  /** A new idea from the item (its first line as the title), with the item linked to it. */
  async createIdea(
    userId: string,
    itemId: string,
    input: { version: number; title?: string },
  ): Promise<FeedbackWrite<{ feature: Feature; item: FeedbackItem }>> {
    const found = await this.requireItem(itemId, userId, true);
    const workspaceId = found.workspace_id;
    // the idea and the link are one write
    return this.db.transaction().execute(async (trx) => {
      const current = await this.find(trx, workspaceId, itemId);
      if (current.version !== input.version) {
        throw problems.versionConflict(
          'the feedback',
          input.version,
          presentFeedback(current),
          current.version,
        );
      }
      const firstLine = current.text.split('\n')[0].trim();
      const title = input.title ?? (firstLine.length > 120 ? `${firstLine.slice(0, 117)}…` : firstLine);
      const feature = await this.features.insertIn(trx, workspaceId, {
        title,
        kind: 'idea',
        description: current.text,
      });
      const changes = {
        feature_id: feature.id,
        status: 'triaged',
        updated_at: nowUtc(),
        version: current.version + 1,
      };
      await trx
        .updateTable('feedback_items')
        .set(changes)
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', itemId)
        .where('version', '=', current.version)
        .execute();
      const linked = await this.features.presentOne(trx, workspaceId, feature.id);
      return { value: { feature: linked, item: presentFeedback({ ...current, ...changes }) }, workspaceId };
    });
  }

  async evidence(userId: string, featureId: string): Promise<FeatureEvidence> {
    const feature = await findFeatureForUser(this.db, featureId, userId);
    if (!feature) throw problems.notFound('feature', featureId);
    const rows = await this.db
      .selectFrom('feedback_items')
      .selectAll()
      .where('workspace_id', '=', feature.workspace_id)
      .where('feature_id', '=', featureId)
      .orderBy('id', 'desc')
      .execute();
    const customers = new Map<string, { name: string; company: string; count: number }>();
    const segments = new Map<string, number>();
    for (const row of rows) {
      if (row.customer || row.company) {
        const key = `${row.customer}\u0000${row.company}`;
        const entry = customers.get(key) ?? { name: row.customer, company: row.company, count: 0 };
        entry.count += 1;
        customers.set(key, entry);
      }
      if (row.segment) segments.set(row.segment, (segments.get(row.segment) ?? 0) + 1);
    }
    return {
      featureId,
      count: rows.length,
      customers: [...customers.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
      segments: [...segments]
        .map(([name, count]) => ({ name, count }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
      quotes: rows.map(presentFeedback),
    };
  }

  private async insert(
    db: Kysely<Database>,
    workspaceId: string,
    userId: string,
    input: CreateFeedbackRequest,
    featureField: string,
  ): Promise<FeedbackRow> {
    if (input.featureId) await this.checkFeature(db, workspaceId, input.featureId, featureField);
    const now = nowUtc();
    const row: FeedbackRow = {
      workspace_id: workspaceId,
      id: newId(),
      text: input.text,
      source: input.source ?? 'api',
      customer: input.customer ?? '',
      company: input.company ?? '',
      segment: input.segment ?? '',
      importance: input.importance ?? 'medium',
      tags: JSON.stringify(input.tags ?? []),
      status: input.featureId ? 'triaged' : 'new',
      feature_id: input.featureId ?? null,
      created_by: userId,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await db.insertInto('feedback_items').values(row).execute();
    return row;
  }

  private async checkFeature(
    db: Kysely<Database>,
    workspaceId: string,
    featureId: string,
    field: string,
  ): Promise<void> {
    if (!(await findFeature(db, workspaceId, featureId))) {
      throw problems.validation(field, `${featureId} is not a feature of this workspace`);
    }
  }

  private async find(db: Kysely<Database>, workspaceId: string, itemId: string): Promise<FeedbackRow> {
    const row = await db
      .selectFrom('feedback_items')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', itemId)
      .executeTakeFirst();
    if (!row) throw problems.notFound('feedback', itemId);
    return row;
  }

  private async requireWriterIn(workspaceId: string, userId: string): Promise<void> {
    const workspace = await requireWorkspace(this.db, workspaceId, userId);
    if (!atLeast(workspace.role, 'member'))
      throw problems.forbidden(`a ${workspace.role} cannot change feedback`);
  }

  private async requireItem(
    itemId: string,
    userId: string,
    write: boolean,
  ): Promise<FeedbackRow & { role: Role }> {
    const row = await this.db
      .selectFrom('feedback_items')
      .innerJoin('memberships', (join) =>
        join
          .onRef('memberships.workspace_id', '=', 'feedback_items.workspace_id')
          .on('memberships.user_id', '=', userId),
      )
      .selectAll('feedback_items')
      .select('memberships.role')
      .where('feedback_items.id', '=', itemId)
      .executeTakeFirst();
    if (!row) throw problems.notFound('feedback', itemId);
    if (write && !atLeast(row.role, 'member'))
      throw problems.forbidden(`a ${row.role} cannot change feedback`);
    return row;
  }
}
