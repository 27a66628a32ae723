import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '../db/create-database';
import type { Database } from '../db/database.types';
import { migrateToLatest } from '../db/migrate';
import { FeaturesService } from '../features/features.service';
import { GoalsService } from '../goals/goals.service';
import { CompetitorsService } from '../market/competitors.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ProductsService } from '../products/products.service';
import { ReleasesService } from '../releases/releases.service';
import { StakeholdersService } from '../stakeholders/stakeholders.service';
import { describeEachDatabase } from '../testing/databases';
import { addDays } from './demo-dates';
import { DEMO_OWNER_EMAIL, seedDemo } from './index';

const NOW = new Date('2026-11-25T13:30:00Z');

const PRODUCT_TABLES = [
  'products',
  'product_stage_history',
  'objectives',
  'key_results',
  'key_result_check_ins',
  'scorecards',
  'scorecard_criteria',
  'features',
  'feature_links',
  'feature_goals',
  'feature_scorecard_values',
  'releases',
  'feedback_items',
  'stakeholders',
  'competitors',
  'competitor_features',
  'market_trends',
  'product_swots',
  'notifications',
] as const;

async function countRows(db: Kysely<Database>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of PRODUCT_TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

describe('addDays', () => {
  it('moves a date or a floating date-time across month and year ends', () => {
    expect(addDays('2026-12-28T17:00:00', 7)).toBe('2027-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
  it('names the bad input', () => {
    expect(() => addDays('next week', 1)).toThrow('"next week" is not a date');
  });
});

describeEachDatabase('demo seed: the product side around Aurora 2.0', (database) => {
  let handle: DatabaseHandle;
  let workspaceId: string;
  let ownerId: string;

  beforeAll(async () => {
    handle = createDatabase(database.config);
    await migrateToLatest(handle.db);
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('writes no product rows when the demo seed fails after them (one transaction)', async () => {
    // the owner's account is inserted first; a clash on a later row must undo the product side too
    const failing = handle.db.withPlugin({
      transformQuery: (args) => {
        const node = args.node;
        if (node.kind === 'InsertQueryNode' && node.into?.table.identifier.name === 'product_swots')
          throw new Error('disk full while writing the SWOT');
        return node;
      },
      transformResult: async (args) => args.result,
    });
    await expect(
      seedDemo(failing, { password: 'pw for the product demo', log: () => {}, now: NOW }),
    ).rejects.toThrow('disk full while writing the SWOT');
    const counts = await countRows(handle.db);
    expect(
      Object.values(counts).every((n) => n === 0),
      JSON.stringify(counts),
    ).toBe(true);
    const users = await handle.db.selectFrom('users').select('id').execute();
    expect(users).toEqual([]);
  });

  it('seeds a product, goals, scorecard, release, backlog, feedback, stakeholders and market', async () => {
    const lines: string[] = [];
    workspaceId = (
      await seedDemo(handle.db, {
        password: 'pw for the product demo',
        log: (l) => lines.push(l),
        now: NOW,
      })
    ).workspaceId;
    ownerId = (
      await handle.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', DEMO_OWNER_EMAIL)
        .executeTakeFirstOrThrow()
    ).id;
    expect(lines.join('\n')).toContain('product "Aurora": 12 backlog items');
    const counts = await countRows(handle.db);
    expect(counts).toMatchObject({
      products: 1,
      product_stage_history: 3,
      objectives: 2,
      key_results: 5,
      scorecards: 1,
      scorecard_criteria: 3,
      features: 12,
      releases: 1,
      feedback_items: 12,
      stakeholders: 4,
      competitors: 2,
      market_trends: 2,
      product_swots: 1,
    });
    expect(counts.key_result_check_ins).toBeGreaterThanOrEqual(2);
    expect(counts.feature_links).toBeGreaterThanOrEqual(6);
    expect(counts.feature_scorecard_values).toBeGreaterThanOrEqual(12);
    expect(counts.competitor_features).toBeGreaterThanOrEqual(4);
    for (const table of PRODUCT_TABLES) {
      const stray = await handle.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .where('workspace_id', '!=', workspaceId)
        .executeTakeFirstOrThrow();
      expect(Number(stray.n), table).toBe(0);
    }
  });

  it('dates the product’s lifecycle in the past: discovery → introduction → growth', async () => {
    const [product] = await new ProductsService(handle.db).list(ownerId, workspaceId);
    expect(product.name).toBe('Aurora');
    expect(product.lifecycleStage).toBe('growth');
    expect(product.personas).toHaveLength(2);
    const history = product.stageHistory.map((s) => [s.stage, s.date]);
    expect(history.map(([stage]) => stage)).toEqual(['discovery', 'introduction', 'growth']);
    const dates = history.map(([, date]) => date);
    expect([...dates].sort()).toEqual(dates);
    expect(dates.every((date) => date < '2026-11-25')).toBe(true);
  });

  it('scores the backlog: RICE on the scored items, the reason where an input is missing', async () => {
    const features = await new FeaturesService(handle.db).list(ownerId, workspaceId, {});
    expect(features.map((f) => f.rank)).toEqual([...features.map((f) => f.rank)].sort((a, b) => a - b));
    const byTitle = (title: string) => {
      const feature = features.find((f) => f.title === title);
      if (!feature) throw new Error(`no feature "${title}"`);
      return feature;
    };
    const editing = byTitle('Collaborative editing on the web');
    expect(editing.scores.rice).toBeCloseTo((4000 * 3 * 0.8) / 6);
    expect(editing.scores.wsjf).toBeCloseTo((13 + 8 + 5) / 8);
    expect(editing.scores.scorecard).not.toBeNull();
    const scored = features.filter((f) => f.rice.effort !== null);
    expect(scored.length).toBeGreaterThanOrEqual(6);
    expect(scored.every((f) => f.scores.rice !== null && f.scores.rice > 0)).toBe(true);
    const push = byTitle('Push notifications on mobile');
    expect(push.scores.rice).toBeNull();
    expect(push.scores.issues.map((i) => i.field)).toContain('rice.effort');
    expect(push.scores.wsjf).not.toBeNull();
    // the workflow is covered, with reasons where the workflow asks for them
    const statuses = new Set(features.map((f) => f.status));
    for (const status of ['new', 'under-consideration', 'planned', 'in-progress', 'parked', 'rejected'])
      expect(statuses.has(status as never), status).toBe(true);
    expect(byTitle('Built-in whiteboard').statusReason).not.toBe('');
    expect(byTitle('Dark mode').statusReason).not.toBe('');
    const lanes = new Set(features.map((f) => f.lane));
    expect([...lanes].filter((l) => l !== null).sort()).toEqual(['later', 'next', 'now']);
    // hierarchy: initiatives lead features
    const initiatives = features.filter((f) => f.kind === 'initiative');
    expect(initiatives).toHaveLength(2);
    const children = features.filter((f) => f.parentId !== null);
    expect(children.length).toBeGreaterThanOrEqual(6);
    expect(children.every((c) => initiatives.some((i) => i.id === c.parentId))).toBe(true);
    expect(features.filter((f) => f.goalIds.length > 0).length).toBeGreaterThanOrEqual(8);
    expect(features.every((f) => f.productId !== null)).toBe(true);
    expect(editing.evidenceCount).toBe(1);
    expect(byTitle('Offline mode for iOS and Android').evidenceCount).toBe(3);
  });

  it('forecasts linked features from the Aurora schedule; exactly one is late, and its owner is told', async () => {
    const features = await new FeaturesService(handle.db).list(ownerId, workspaceId, {});
    const linked = features.filter((f) => f.links.length > 0);
    expect(linked.length).toBeGreaterThanOrEqual(6);
    expect(linked.every((f) => f.forecast !== null)).toBe(true);
    const late = features.filter((f) => f.forecast?.late);
    expect(late.map((f) => f.title)).toEqual(['Offline mode for iOS and Android']);
    const [offline] = late;
    expect((offline.forecast?.cpmFinish ?? '').slice(0, 10) > (offline.targetDate ?? '')).toBe(true);
    expect(offline.ownerId).toBe(ownerId);
    const stored = await handle.db
      .selectFrom('features')
      .select(['id', 'forecast_late'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    expect(stored.filter((f) => f.forecast_late === 1).map((f) => f.id)).toEqual([offline.id]);
    const inbox = await new NotificationsService(handle.db).list(ownerId, workspaceId, {});
    expect(inbox.unreadCount).toBe(1);
    const [notice] = inbox.items;
    expect(notice).toMatchObject({ kind: 'feature-late', subjectId: offline.id });
    expect(notice?.message).toContain('Offline mode for iOS and Android');
  });

  it('plans the release "Aurora 2.0" after its work, flagged only by its late feature', async () => {
    const [release] = await new ReleasesService(handle.db).list(ownerId, workspaceId);
    expect(release.name).toBe('Aurora 2.0');
    // the release date holds (no release-late notice); the late offline feature still flags it
    expect((release.forecast?.cpmFinish ?? '9999').slice(0, 10) <= (release.targetDate ?? '')).toBe(true);
    expect(release.forecast?.late).toBe(true);
    const stored = await handle.db
      .selectFrom('releases')
      .select('forecast_late')
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirstOrThrow();
    expect(stored.forecast_late).toBe(0);
    const features = await new FeaturesService(handle.db).list(ownerId, workspaceId, {
      releaseId: release.id,
    });
    expect(features.length).toBeGreaterThanOrEqual(4);
  });

  it('tracks goals with check-ins, stakeholders in every quadrant and a comparison matrix', async () => {
    const goals = await new GoalsService(handle.db).list(ownerId, workspaceId);
    expect(goals).toHaveLength(2);
    const weekly = goals.flatMap((g) => g.keyResults).find((k) => k.metric === 'Weekly active teams');
    expect(weekly?.current).toBe(1350);
    expect(weekly?.progress).toBeCloseTo(150 / 800);
    const stakeholders = await new StakeholdersService(handle.db).list(ownerId, workspaceId, {});
    expect(new Set(stakeholders.map((s) => s.quadrant)).size).toBe(4);
    const matrix = await new CompetitorsService(handle.db).matrix(ownerId, workspaceId);
    expect(matrix.competitors).toHaveLength(2);
    const known = matrix.rows.flatMap((r) => r.cells).filter((c) => c.support !== 'unknown');
    expect(known.length).toBeGreaterThanOrEqual(4);
    expect(matrix.rows.some((r) => r.title === 'Built-in whiteboard')).toBe(false);
    const untriaged = await handle.db
      .selectFrom('feedback_items')
      .select(['status', 'feature_id'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    const triaged = untriaged.filter((f) => f.status === 'triaged');
    expect(triaged.length).toBeGreaterThan(untriaged.length / 2);
    expect(triaged.every((f) => f.feature_id !== null)).toBe(true);
    expect(untriaged.some((f) => f.status === 'new' && f.feature_id === null)).toBe(true);
  });
});
