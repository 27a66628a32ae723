import {
  featureSchema,
  markAllReadResultSchema,
  notificationListSchema,
  notificationSchema,
  taskWriteResultSchema,
} from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ChangeEvent } from '../src/live/change-feed';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { joinAs } from './support/members';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const PASSWORD = 'forecast notifications password';
const DAY = 480;

describeEachDatabase('notifications: the owner hears when a forecast passes its target', (database) => {
  let app: FastifyInstance;
  let pm: Agent;
  let pmId: string;
  let workspaceId: string;
  let projectId: string;
  let taskId: string;
  let taskVersion: number;
  const events: ChangeEvent[] = [];

  beforeAll(async () => {
    app = await startTestApp(database.config);
    app.changeFeed.subscribe((event) => events.push(event));
    pm = new Agent(app);
    const session = await pm.signUp(uniqueEmail('owner'), PASSWORD, 'Olga Owner');
    pmId = session.user.id;
    workspaceId = session.memberships[0].workspaceId;
    projectId = (
      await pm.post(`/api/v1/workspaces/${workspaceId}/projects`, {
        name: 'Payments',
        start: '2026-03-02T08:00:00',
      })
    ).json().id;
    // 10 working days from Monday 2 March 2026: finishes Friday 13 March
    const created = taskWriteResultSchema.parse(
      (
        await pm.post(`/api/v1/projects/${projectId}/tasks`, { name: 'Build wallet', duration: 10 * DAY })
      ).json(),
    );
    taskId = created.task.id;
    taskVersion = created.task.version;
  });
  afterAll(async () => {
    await app?.close();
  });

  const listUrl = () => `/api/v1/workspaces/${workspaceId}/notifications`;
  async function inbox(agent: Agent = pm) {
    const response = await agent.get(listUrl());
    expect(response.statusCode, response.body).toBe(200);
    return notificationListSchema.parse(response.json());
  }
  async function setDuration(days: number) {
    const response = await pm.patch(`/api/v1/tasks/${taskId}`, {
      version: taskVersion,
      duration: days * DAY,
    });
    expect(response.statusCode, response.body).toBe(200);
    taskVersion = taskWriteResultSchema.parse(response.json()).task.version;
  }
  async function createFeature(body: Record<string, unknown>) {
    const response = await pm.post(`/api/v1/workspaces/${workspaceId}/features`, body);
    expect(response.statusCode, response.body).toBe(201);
    return featureSchema.parse(response.json());
  }
  /** Waits for the live feed to announce a notification (announced after the write commits). */
  async function announced(ids: readonly string[]) {
    await expect
      .poll(() => events.filter((e) => e.entity === 'notification').flatMap((e) => e.ids), { timeout: 5_000 })
      .toEqual(expect.arrayContaining([...ids]));
  }

  it('notifies the owner once per crossing: slip, stay late, recover, slip again', async () => {
    const feature = await createFeature({
      title: 'Wallet top-up',
      ownerId: pmId,
      targetDate: '2026-03-20',
      links: [{ projectId, taskId }],
    });
    expect(feature.forecast?.late).toBe(false);
    expect((await inbox()).items).toHaveLength(0);

    // 20 days: finishes 27 March, past the 20 March target
    await setDuration(20);
    let list = await inbox();
    expect(list.items).toHaveLength(1);
    expect(list.unreadCount).toBe(1);
    const [first] = list.items;
    expect(first).toMatchObject({ kind: 'feature-late', subjectId: feature.id, readAt: null, workspaceId });
    expect(first.message).toContain('Wallet top-up');
    expect(first.message).toContain('2026-03-27');
    expect(first.message).toContain('2026-03-20');
    await announced([first.id]);

    // slipping further while late says nothing new
    await setDuration(25);
    expect((await inbox()).items).toHaveLength(1);

    // back on time (5 days: 6 March), then late again: a second notification
    await setDuration(5);
    expect((await inbox()).items).toHaveLength(1);
    await setDuration(30);
    list = await inbox();
    expect(list.items).toHaveLength(2);
    expect(list.unreadCount).toBe(2);
    // newest first
    expect(list.items[1].id).toBe(first.id);
    await announced([list.items[0].id]);
    await setDuration(10);
  });

  it('judges a feature from before notifications existed silently the first time', async () => {
    const feature = await createFeature({
      title: 'Legacy late',
      ownerId: pmId,
      targetDate: '2026-03-01',
      links: [{ projectId, taskId }],
    });
    const before = (await inbox()).items.length;
    // as migration 0009 leaves existing rows: never judged
    await app.database.db
      .updateTable('features')
      .set({ forecast_late: null })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', feature.id)
      .execute();
    await setDuration(11);
    expect((await inbox()).items).toHaveLength(before);
    const stored = await app.database.db
      .selectFrom('features')
      .select('forecast_late')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', feature.id)
      .executeTakeFirstOrThrow();
    expect(stored.forecast_late).toBe(1);
    await setDuration(10);
  });

  it('notifies when the target date moves before the forecast, and not for an unowned feature', async () => {
    const before = (await inbox()).items.length;
    const owned = await createFeature({
      title: 'Refunds',
      ownerId: pmId,
      targetDate: '2026-04-30',
      links: [{ projectId, taskId }],
    });
    const unowned = await createFeature({
      title: 'Chargebacks',
      targetDate: '2026-04-30',
      links: [{ projectId, taskId }],
    });
    for (const feature of [owned, unowned]) {
      const response = await pm.patch(`/api/v1/features/${feature.id}`, {
        version: feature.version,
        targetDate: '2026-03-05',
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(featureSchema.parse(response.json()).forecast?.late).toBe(true);
    }
    const after = (await inbox()).items;
    expect(after).toHaveLength(before + 1);
    expect(after[0]).toMatchObject({ kind: 'feature-late', subjectId: owned.id });
    expect(after[0].message).toContain('Refunds');
  });

  it('notifies when an edit of another task moves a linked task or the project finish', async () => {
    const other = (
      await pm.post(`/api/v1/workspaces/${workspaceId}/projects`, {
        name: 'Ledger',
        start: '2026-03-02T08:00:00',
      })
    ).json().id as string;
    const addTask = async (name: string, days: number) =>
      taskWriteResultSchema.parse(
        (await pm.post(`/api/v1/projects/${other}/tasks`, { name, duration: days * DAY })).json(),
      ).task;
    const design = await addTask('Design', 5);
    const build = await addTask('Build', 5);
    const linked = await pm.post(`/api/v1/projects/${other}/links`, {
      predecessorId: design.id,
      successorId: build.id,
      type: 'FS',
      lag: 0,
    });
    expect(linked.statusCode, linked.body).toBe(201);
    // Build finishes Friday 13 March; both targets hold
    const onBuild = await createFeature({
      title: 'Ledger build',
      ownerId: pmId,
      targetDate: '2026-03-16',
      links: [{ projectId: other, taskId: build.id }],
    });
    const onProject = await createFeature({
      title: 'Ledger release',
      ownerId: pmId,
      targetDate: '2026-03-16',
      links: [{ projectId: other, taskId: null }],
    });
    expect([onBuild.forecast?.late, onProject.forecast?.late]).toEqual([false, false]);
    const before = (await inbox()).items.length;
    // Design to 8 days pushes Build (and the project) to Wednesday 18 March
    const edited = await pm.patch(`/api/v1/tasks/${design.id}`, {
      version: design.version,
      duration: 8 * DAY,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const fresh = (await inbox()).items.slice(0, (await inbox()).items.length - before);
    expect(fresh.map((n) => n.subjectId).sort()).toEqual([onBuild.id, onProject.id].sort());
  });

  it('notifies the feature owners when a release forecast passes its target', async () => {
    const release = (
      await pm.post(`/api/v1/workspaces/${workspaceId}/releases`, {
        name: 'Spring',
        targetDate: '2026-06-30',
      })
    ).json();
    await createFeature({
      title: 'Saved cards',
      ownerId: pmId,
      releaseId: release.id,
      links: [{ projectId, taskId }],
    });
    const before = (await inbox()).items.length;
    const moved = await pm.patch(`/api/v1/releases/${release.id}`, {
      version: release.version,
      targetDate: '2026-03-01',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const after = (await inbox()).items;
    expect(after).toHaveLength(before + 1);
    expect(after[0]).toMatchObject({ kind: 'release-late', subjectId: release.id });
    expect(after[0].message).toContain('Spring');
  });

  it('notifies when a new simulation carries the P80 past the target', async () => {
    const risky = (
      await pm.post(`/api/v1/workspaces/${workspaceId}/projects`, {
        name: 'Risky',
        start: '2026-03-02T08:00:00',
      })
    ).json().id as string;
    // 10 working days: finishes Friday 13 March, on its target
    const task = taskWriteResultSchema.parse(
      (await pm.post(`/api/v1/projects/${risky}/tasks`, { name: 'Card issuing', duration: 10 * DAY })).json(),
    ).task;
    const feature = await createFeature({
      title: 'Virtual cards',
      ownerId: pmId,
      targetDate: '2026-03-13',
      links: [{ projectId: risky, taskId: task.id }],
    });
    expect(feature.forecast?.late).toBe(false);
    const before = (await inbox()).items.length;
    // every duration drawn from 100–150 % of 10 days: the P80 lands well after 13 March
    const run = await pm.post(`/api/v1/projects/${risky}/simulations`, {
      iterations: 200,
      uncertainty: { low: 0, high: 50 },
    });
    expect(run.statusCode, run.body).toBe(201);
    const after = (await inbox()).items;
    expect(after).toHaveLength(before + 1);
    expect(after[0]).toMatchObject({ kind: 'feature-late', subjectId: feature.id });
    expect(after[0].message).toContain('Virtual cards');
  });

  it('keeps notifications to their recipient and workspace', async () => {
    const before = await inbox();
    const mine = before.items[0];
    const { agent: colleague } = await joinAs(app, workspaceId, 'admin');
    expect((await inbox(colleague)).items).toHaveLength(0);
    expectProblem(await colleague.post(`${listUrl()}/${mine.id}/read`, {}), 404);
    // the colleague's mark-all touches only the colleague's own
    const theirs = await colleague.post(`${listUrl()}/read-all`, {});
    expect(markAllReadResultSchema.parse(theirs.json()).marked).toBe(0);
    expect((await inbox()).unreadCount).toBe(before.unreadCount);

    const stranger = new Agent(app);
    const own = await stranger.signUp(uniqueEmail('stranger'), PASSWORD, 'Sam Stranger');
    expectProblem(await stranger.get(listUrl()), 404);
    expectProblem(await stranger.post(`${listUrl()}/${mine.id}/read`, {}), 404);
    // the id through the stranger's own workspace is not found either
    const elsewhere = `/api/v1/workspaces/${own.memberships[0].workspaceId}/notifications/${mine.id}/read`;
    expectProblem(await stranger.post(elsewhere, {}), 404);
    expectProblem(await new Agent(app).get(listUrl()), 401);
  });

  it('marks one and then all read; the unread count follows', async () => {
    const list = await inbox();
    expect(list.unreadCount).toBeGreaterThan(1);
    const one = await pm.post(`${listUrl()}/${list.items[0].id}/read`, {});
    expect(one.statusCode, one.body).toBe(200);
    expect(notificationSchema.parse(one.json()).readAt).not.toBeNull();
    expect((await inbox()).unreadCount).toBe(list.unreadCount - 1);
    const unreadOnly = notificationListSchema.parse((await pm.get(`${listUrl()}?unread=true`)).json());
    expect(unreadOnly.items.every((n) => n.readAt === null)).toBe(true);
    expect(unreadOnly.items).toHaveLength(list.unreadCount - 1);

    const all = await pm.post(`${listUrl()}/read-all`, {});
    expect(all.statusCode, all.body).toBe(200);
    expect(markAllReadResultSchema.parse(all.json()).marked).toBe(list.unreadCount - 1);
    expect((await inbox()).unreadCount).toBe(0);
    expect(markAllReadResultSchema.parse((await pm.post(`${listUrl()}/read-all`, {})).json()).marked).toBe(0);
  });

  it('answers bad input with a 400 naming the field', async () => {
    expectProblem(await pm.post(`${listUrl()}/not-a-uuid/read`, {}), 400, 'params.notificationId');
    expectProblem(await pm.get(`${listUrl()}?limit=0`), 400, 'query.limit');
    expectProblem(await pm.get(`${listUrl()}?unread=maybe`), 400, 'query.unread');
    expectProblem(await pm.get(`${listUrl()}?colour=red`), 400);
  });
});

describeEachDatabase('features: product and team for the roadmap lanes', (database) => {
  let app: FastifyInstance;
  let pm: Agent;
  let workspaceId: string;

  beforeAll(async () => {
    app = await startTestApp(database.config);
    pm = new Agent(app);
    workspaceId = (await pm.signUp(uniqueEmail('lanes'), PASSWORD, 'Lana Lanes')).memberships[0].workspaceId;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('stores a product of the workspace and a trimmed team, and clears them', async () => {
    const product = (
      await pm.post(`/api/v1/workspaces/${workspaceId}/products`, { name: 'Tandem Cloud' })
    ).json();
    const created = await pm.post(`/api/v1/workspaces/${workspaceId}/features`, {
      title: 'SSO',
      productId: product.id,
      team: '  Platform  ',
    });
    expect(created.statusCode, created.body).toBe(201);
    const feature = featureSchema.parse(created.json());
    expect(feature).toMatchObject({ productId: product.id, team: 'Platform' });
    const cleared = await pm.patch(`/api/v1/features/${feature.id}`, {
      version: feature.version,
      productId: null,
      team: '',
    });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(featureSchema.parse(cleared.json())).toMatchObject({ productId: null, team: '' });
  });

  it('refuses a product of another workspace and an over-long team, naming the field', async () => {
    const other = new Agent(app);
    const otherWorkspace = (await other.signUp(uniqueEmail('other'), PASSWORD, 'Otto Other')).memberships[0]
      .workspaceId;
    const foreign = (
      await other.post(`/api/v1/workspaces/${otherWorkspace}/products`, { name: 'Theirs' })
    ).json();
    const url = `/api/v1/workspaces/${workspaceId}/features`;
    expectProblem(await pm.post(url, { title: 'X', productId: foreign.id }), 400, 'body.productId');
    expectProblem(await pm.post(url, { title: 'X', team: 't'.repeat(101) }), 400, 'body.team');
  });
});
