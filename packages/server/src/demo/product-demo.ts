import { type CreateFeatureRequest, createFeatureRequestSchema } from '@tandem/api';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { FeaturesService } from '../features/features.service';
import { insertRelease } from '../releases/releases.repository';
import { weightToMilli } from '../scorecards/scorecard-weight';
import { insertCriterion, touchScorecard } from '../scorecards/scorecards.repository';
import { addDays, dateFromNow, instantFromNow } from './demo-dates';
import { DEMO_GOALS } from './goals-demo.data';
import { seedMarketDemo } from './market-demo';
import {
  DEMO_CRITERIA,
  DEMO_FEATURES,
  DEMO_PRODUCT,
  DEMO_RELEASE,
  type DemoFeature,
} from './product-demo.data';

export interface ProductDemoContext {
  readonly workspaceId: string;
  /** "Now" for every date of the story. */
  readonly now: Date;
  /** The demo people's ids by e-mail. */
  readonly people: ReadonlyMap<string, string>;
  /** The inserted "Aurora 2.0 launch" plan: its project and its task ids by plan key. */
  readonly aurora: { readonly projectId: string; readonly taskIds: ReadonlyMap<string, string> };
}

export interface SeededProductSide {
  readonly productId: string;
  readonly featureCount: number;
  readonly goalCount: number;
  readonly feedbackCount: number;
}

/**
 * Seeds the product side of the demo workspace inside the caller's transaction: the product
 * "Aurora" with its lifecycle history, goals with key results and check-ins, the weighted
 * scorecard, the release "Aurora 2.0" and the backlog. Features are written through the features
 * service (same checks as the API), linked to Aurora 2.0 launch tasks so their forecasts come from
 * the live schedule; target dates sit relative to that schedule, one deliberately before its work
 * finishes, which the service's slip check records as late and notifies its owner of. Then the
 * feedback, stakeholders and market (see market-demo.ts).
 */
export async function seedProductDemo(
  trx: Kysely<Database>,
  context: ProductDemoContext,
): Promise<SeededProductSide> {
  const productId = await insertProduct(trx, context);
  const goalIds = await insertGoals(trx, context);
  const criterionIds = await insertScorecard(trx, context.workspaceId);
  const workFinish = await linkedWorkFinish(trx, context);
  const releaseId = await insertDemoRelease(trx, context, workFinish);
  const features = new FeaturesService(trx);
  const featureIds = new Map<string, string>();
  for (const feature of DEMO_FEATURES) {
    const input = featureInput(feature, {
      context,
      productId,
      releaseId,
      goalIds,
      criterionIds,
      featureIds,
      workFinish,
    });
    const created = await features.insertIn(trx, context.workspaceId, input);
    featureIds.set(feature.key, created.id);
  }
  const feedbackCount = await seedMarketDemo(trx, context, productId, featureIds);
  return { productId, featureCount: featureIds.size, goalCount: goalIds.size, feedbackCount };
}

function personId(context: ProductDemoContext, email: string, where: string): string {
  const id = context.people.get(email);
  if (!id) throw new Error(`demo product data: ${where} names ${email}, who is not a demo person`);
  return id;
}

async function insertProduct(trx: Kysely<Database>, context: ProductDemoContext): Promise<string> {
  const { workspaceId, now } = context;
  const stages = DEMO_PRODUCT.stages;
  const current = stages.at(-1);
  if (!current) throw new Error('demo product data: the product needs at least one lifecycle stage');
  const id = newId();
  const createdAt = instantFromNow(now, stages[0].dayOffset);
  await trx
    .insertInto('products')
    .values({
      workspace_id: workspaceId,
      id,
      name: DEMO_PRODUCT.name,
      vision: DEMO_PRODUCT.vision,
      strategy: DEMO_PRODUCT.strategy,
      target_customers: DEMO_PRODUCT.targetCustomers,
      personas: JSON.stringify(DEMO_PRODUCT.personas),
      lifecycle_stage: current.stage,
      version: 1,
      created_at: createdAt,
      updated_at: instantFromNow(now, current.dayOffset),
    })
    .execute();
  const changedBy = personId(context, DEMO_PRODUCT.changedBy, 'the product');
  for (const stage of stages) {
    await trx
      .insertInto('product_stage_history')
      .values({
        workspace_id: workspaceId,
        id: newId(),
        product_id: id,
        stage: stage.stage,
        date: dateFromNow(now, stage.dayOffset),
        changed_by: changedBy,
      })
      .execute();
  }
  return id;
}

/** Objectives with their key results and check-ins; answers the goal ids by key. */
async function insertGoals(trx: Kysely<Database>, context: ProductDemoContext): Promise<Map<string, string>> {
  const { workspaceId, now } = context;
  const ids = new Map<string, string>();
  for (const goal of DEMO_GOALS) {
    const goalId = newId();
    const ownerId = personId(context, goal.owner, `goal "${goal.key}"`);
    const createdAt = instantFromNow(now, goal.periodStartOffset);
    await trx
      .insertInto('objectives')
      .values({
        workspace_id: workspaceId,
        id: goalId,
        title: goal.title,
        description: goal.description,
        owner_id: ownerId,
        period_start: dateFromNow(now, goal.periodStartOffset),
        period_end: dateFromNow(now, goal.periodEndOffset),
        version: 1 + goal.keyResults.reduce((n, kr) => n + kr.checkIns.length, 0),
        created_at: createdAt,
        updated_at: createdAt,
      })
      .execute();
    for (const [position, kr] of goal.keyResults.entries()) {
      const latest = kr.checkIns.at(-1);
      const keyResultId = newId();
      await trx
        .insertInto('key_results')
        .values({
          workspace_id: workspaceId,
          id: keyResultId,
          objective_id: goalId,
          position,
          metric: kr.metric,
          baseline: kr.baseline,
          target: kr.target,
          current: latest?.value ?? kr.baseline,
          confidence: latest?.confidence ?? kr.confidence,
        })
        .execute();
      for (const checkIn of kr.checkIns) {
        await trx
          .insertInto('key_result_check_ins')
          .values({
            workspace_id: workspaceId,
            id: newId(),
            key_result_id: keyResultId,
            date: dateFromNow(now, checkIn.dayOffset),
            value: checkIn.value,
            confidence: checkIn.confidence,
            note: checkIn.note,
            created_by: ownerId,
            created_at: instantFromNow(now, checkIn.dayOffset),
          })
          .execute();
      }
    }
    ids.set(goal.key, goalId);
  }
  return ids;
}

/** The workspace's weighted scorecard; answers the criterion ids by key. */
async function insertScorecard(trx: Kysely<Database>, workspaceId: string): Promise<Map<string, string>> {
  const now = nowUtc();
  await touchScorecard(trx, workspaceId, now);
  const ids = new Map<string, string>();
  for (const [position, criterion] of DEMO_CRITERIA.entries()) {
    const id = newId();
    await insertCriterion(trx, {
      workspace_id: workspaceId,
      id,
      name: criterion.name,
      weight_milli: weightToMilli(criterion.weight),
      scale_min: 1,
      scale_max: 5,
      position,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    ids.set(criterion.key, id);
  }
  return ids;
}

/** The scheduled finish date (YYYY-MM-DD) of each feature's linked Aurora work, by feature key. */
async function linkedWorkFinish(
  trx: Kysely<Database>,
  context: ProductDemoContext,
): Promise<Map<string, string>> {
  const tasks = await trx
    .selectFrom('tasks')
    .select(['id', 'finish'])
    .where('workspace_id', '=', context.workspaceId)
    .where('project_id', '=', context.aurora.projectId)
    .execute();
  const finishById = new Map(tasks.map((t) => [t.id, t.finish.slice(0, 10)]));
  const out = new Map<string, string>();
  for (const feature of DEMO_FEATURES) {
    for (const key of feature.taskKeys ?? []) {
      const finish = finishById.get(taskId(context, feature, key));
      if (!finish) throw new Error(`demo feature "${feature.key}": task "${key}" was not inserted`);
      const before = out.get(feature.key);
      if (!before || finish > before) out.set(feature.key, finish);
    }
  }
  return out;
}

function taskId(context: ProductDemoContext, feature: DemoFeature, key: string): string {
  const id = context.aurora.taskIds.get(key);
  if (!id) throw new Error(`demo feature "${feature.key}": no Aurora 2.0 launch task "${key}"`);
  return id;
}

/** The release, due a little after the latest work of its features: on time as a whole. */
async function insertDemoRelease(
  trx: Kysely<Database>,
  context: ProductDemoContext,
  workFinish: ReadonlyMap<string, string>,
): Promise<string> {
  const finishes = DEMO_FEATURES.filter((f) => f.inRelease).flatMap((f) => {
    const finish = workFinish.get(f.key);
    return finish ? [finish] : [];
  });
  const latest = finishes.sort().at(-1);
  const now = nowUtc();
  const id = newId();
  await insertRelease(trx, {
    workspace_id: context.workspaceId,
    id,
    name: DEMO_RELEASE.name,
    version_label: DEMO_RELEASE.versionLabel,
    target_date: latest ? addDays(latest, DEMO_RELEASE.targetAfterWorkDays) : null,
    status: DEMO_RELEASE.status,
    description: DEMO_RELEASE.description,
    forecast_late: 0,
    version: 1,
    created_at: now,
    updated_at: now,
  });
  return id;
}

interface FeatureRefs {
  readonly context: ProductDemoContext;
  readonly productId: string;
  readonly releaseId: string;
  readonly goalIds: ReadonlyMap<string, string>;
  readonly criterionIds: ReadonlyMap<string, string>;
  readonly featureIds: ReadonlyMap<string, string>;
  readonly workFinish: ReadonlyMap<string, string>;
}

/** The create request for one demo feature, checked by the API's schema. */
function featureInput(feature: DemoFeature, refs: FeatureRefs): CreateFeatureRequest {
  const { context } = refs;
  const lookup = (ids: ReadonlyMap<string, string>, key: string, what: string): string => {
    const id = ids.get(key);
    if (!id) throw new Error(`demo feature "${feature.key}": unknown ${what} "${key}"`);
    return id;
  };
  const finish = refs.workFinish.get(feature.key);
  const input: CreateFeatureRequest = {
    title: feature.title,
    description: feature.description,
    kind: feature.kind,
    parentId: feature.parentKey ? lookup(refs.featureIds, feature.parentKey, 'parent') : null,
    status: feature.status,
    statusReason: feature.statusReason ?? '',
    ownerId: feature.owner ? personId(context, feature.owner, `feature "${feature.key}"`) : null,
    rice: feature.rice,
    wsjf: feature.wsjf,
    value: feature.value ?? null,
    effort: feature.effort ?? null,
    kano: feature.kano ?? null,
    lane: feature.lane ?? null,
    team: feature.team ?? '',
    productId: refs.productId,
    releaseId: feature.inRelease ? refs.releaseId : null,
    goalIds: (feature.goals ?? []).map((key) => lookup(refs.goalIds, key, 'goal')),
    scorecard: Object.entries(feature.scorecard ?? {}).map(([key, value]) => ({
      criterionId: lookup(refs.criterionIds, key, 'scorecard criterion'),
      value,
    })),
    links: (feature.taskKeys ?? []).map((key) => ({
      projectId: context.aurora.projectId,
      taskId: taskId(context, feature, key),
    })),
    targetDate:
      finish !== undefined && feature.targetAfterWorkDays !== undefined
        ? addDays(finish, feature.targetAfterWorkDays)
        : null,
  };
  const checked = createFeatureRequestSchema.safeParse(input);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`demo feature "${feature.key}": ${issue?.path.join('.')} ${issue?.message}`);
  }
  return input;
}
