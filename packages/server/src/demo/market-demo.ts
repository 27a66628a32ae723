import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { upsertCell } from '../market/market.repository';
import { dateFromNow, instantFromNow } from './demo-dates';
import {
  DEMO_COMPETITORS,
  DEMO_FEEDBACK,
  DEMO_STAKEHOLDERS,
  DEMO_SWOT,
  DEMO_TRENDS,
} from './market-demo.data';
import type { ProductDemoContext } from './product-demo';

/**
 * Seeds the voice of the customer and the market around the product `productId`, inside the
 * caller's transaction: feedback (most of it triaged as evidence for the backlog features in
 * `featureIds`, by key), stakeholders, competitors with comparison cells, market trends and the
 * product's SWOT. Answers how many feedback items it wrote.
 */
export async function seedMarketDemo(
  trx: Kysely<Database>,
  context: ProductDemoContext,
  productId: string,
  featureIds: ReadonlyMap<string, string>,
): Promise<number> {
  const { workspaceId, now } = context;
  const featureId = (key: string, where: string): string => {
    const id = featureIds.get(key);
    if (!id)
      throw new Error(`demo market data: ${where} names feature "${key}", which is not in the backlog`);
    return id;
  };
  const triager = context.people.get('priya.raman@northwind.example') ?? null;

  for (const [i, item] of DEMO_FEEDBACK.entries()) {
    const at = instantFromNow(now, item.dayOffset);
    await trx
      .insertInto('feedback_items')
      .values({
        workspace_id: workspaceId,
        id: newId(),
        text: item.text,
        source: item.source,
        customer: item.customer,
        company: item.company,
        segment: item.segment,
        importance: item.importance,
        tags: JSON.stringify(item.tags),
        status: item.featureKey ? 'triaged' : 'new',
        feature_id: item.featureKey ? featureId(item.featureKey, `feedback ${i + 1}`) : null,
        created_by: triager,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }

  const createdAt = nowUtc();
  for (const stakeholder of DEMO_STAKEHOLDERS) {
    await trx
      .insertInto('stakeholders')
      .values({
        workspace_id: workspaceId,
        id: newId(),
        product_id: productId,
        name: stakeholder.name,
        role: stakeholder.role,
        organisation: stakeholder.organisation,
        power: stakeholder.power,
        interest: stakeholder.interest,
        engagement_plan: stakeholder.engagementPlan,
        version: 1,
        created_at: createdAt,
        updated_at: createdAt,
      })
      .execute();
  }

  for (const competitor of DEMO_COMPETITORS) {
    const competitorId = newId();
    await trx
      .insertInto('competitors')
      .values({
        workspace_id: workspaceId,
        id: competitorId,
        name: competitor.name,
        website: competitor.website,
        profile: competitor.profile,
        strengths: JSON.stringify(competitor.strengths),
        weaknesses: JSON.stringify(competitor.weaknesses),
        pricing: competitor.pricing,
        version: 1,
        created_at: createdAt,
        updated_at: createdAt,
      })
      .execute();
    for (const [key, cell] of Object.entries(competitor.cells)) {
      await upsertCell(trx, {
        workspace_id: workspaceId,
        competitor_id: competitorId,
        feature_id: featureId(key, `competitor "${competitor.key}"`),
        support: cell.support,
        note: cell.note,
      });
    }
  }

  for (const trend of DEMO_TRENDS) {
    await trx
      .insertInto('market_trends')
      .values({
        workspace_id: workspaceId,
        id: newId(),
        title: trend.title,
        description: trend.description,
        impact: trend.impact,
        observed_on: dateFromNow(now, trend.dayOffset),
        links: JSON.stringify(trend.links),
        version: 1,
        created_at: createdAt,
        updated_at: createdAt,
      })
      .execute();
  }

  await trx
    .insertInto('product_swots')
    .values({
      workspace_id: workspaceId,
      product_id: productId,
      strengths: JSON.stringify(DEMO_SWOT.strengths),
      weaknesses: JSON.stringify(DEMO_SWOT.weaknesses),
      opportunities: JSON.stringify(DEMO_SWOT.opportunities),
      threats: JSON.stringify(DEMO_SWOT.threats),
      version: 1,
      updated_at: createdAt,
    })
    .execute();
  return DEMO_FEEDBACK.length;
}
