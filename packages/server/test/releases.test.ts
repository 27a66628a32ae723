import {
  capacityCheckSchema,
  featureSchema,
  releaseListSchema,
  releaseNotesSchema,
  releaseSchema,
  scopePreviewSchema,
  taskWriteResultSchema,
} from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nowUtc } from '../src/db/timestamps';
import type { ChangeEvent } from '../src/live/change-feed';
import { insertMembership } from '../src/memberships/memberships.repository';
import { renderReleaseNotes } from '../src/releases/release-notes';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const PASSWORD = 'release planning password';
const DAY = 480;

describeEachDatabase('releases: CRUD, notes, scope preview and capacity check', (database) => {
  let app: FastifyInstance;
  let pm: Agent;
  let workspaceId: string;
  let projectId: string;
  const task: Record<'design' | 'build' | 'docs', string> = { design: '', build: '', docs: '' };
  let annId: string;
  let cyId: string;

  beforeAll(async () => {
    app = await startTestApp(database.config);
    pm = new Agent(app);
    workspaceId = (await pm.signUp(uniqueEmail('pm'), PASSWORD, 'Pia Product')).memberships[0].workspaceId;
    projectId = (
      await pm.post(`/api/v1/workspaces/${workspaceId}/projects`, {
        name: 'Mobile app',
        start: '2026-03-02T08:00:00',
      })
    ).json().id;
    const addTask = async (name: string, duration: number) =>
      taskWriteResultSchema.parse(
        (await pm.post(`/api/v1/projects/${projectId}/tasks`, { name, duration })).json(),
      ).task.id;
    // Design: 5 days, Mon 2 → Fri 6 March 17:00; Build after it: 10 days, Mon 9 → Fri 20 March 17:00;
    // Docs alongside: 3 days, Mon 2 → Wed 4 March 17:00
    task.design = await addTask('Design', 5 * DAY);
    task.build = await addTask('Build', 10 * DAY);
    task.docs = await addTask('Docs', 3 * DAY);
    const link = await pm.post(`/api/v1/projects/${projectId}/links`, {
      predecessorId: task.design,
      successorId: task.build,
      type: 'FS',
      lag: 0,
    });
    expect(link.statusCode, link.body).toBe(201);
    const resource = async (body: Record<string, unknown>) => {
      const response = await pm.post(`/api/v1/workspaces/${workspaceId}/resources`, body);
      expect(response.statusCode, response.body).toBe(201);
      return (response.json().resource ?? response.json()).id as string;
    };
    // Ann full time at 100.00 an hour; Cy half time at 50.00 an hour
    annId = await resource({ name: 'Ann', standardRate: { amountMinor: 10_000, per: 'h' } });
    cyId = await resource({ name: 'Cy', maxUnits: 50, standardRate: { amountMinor: 5_000, per: 'h' } });
    const assign = async (taskId: string, resourceId: string) => {
      const response = await pm.post(`/api/v1/projects/${projectId}/assignments`, { taskId, resourceId });
      expect(response.statusCode, response.body).toBe(201);
    };
    await assign(task.design, annId);
    await assign(task.build, annId);
    await assign(task.docs, cyId);
  });
  afterAll(async () => {
    await app?.close();
  });

  const releasesUrl = () => `/api/v1/workspaces/${workspaceId}/releases`;
  async function createRelease(body: Record<string, unknown>) {
    const response = await pm.post(releasesUrl(), body);
    expect(response.statusCode, response.body).toBe(201);
    return releaseSchema.parse(response.json());
  }
  async function createFeature(body: Record<string, unknown>) {
    const response = await pm.post(`/api/v1/workspaces/${workspaceId}/features`, body);
    expect(response.statusCode, response.body).toBe(201);
    return featureSchema.parse(response.json());
  }

  it('creates, changes and removes releases, with versions and the forecast of their features', async () => {
    const release = await createRelease({ name: 'Spring', versionLabel: '2.4.0', targetDate: '2026-03-05' });
    expect(release).toMatchObject({ status: 'planned', featureIds: [], forecast: null, version: 1 });
    const design = await createFeature({
      title: 'New onboarding',
      releaseId: release.id,
      links: [{ projectId, taskId: task.design }],
    });
    const docs = await createFeature({
      title: 'Help centre',
      releaseId: release.id,
      links: [{ projectId, taskId: task.docs }],
    });
    // latest of Design (Fri 6 March 17:00) and Docs (Wed 4 March): past the 5 March target
    const read = releaseSchema.parse((await pm.get(`/api/v1/releases/${release.id}`)).json());
    expect(read.featureIds.sort()).toEqual([design.id, docs.id].sort());
    expect(read.forecast).toEqual({ cpmFinish: '2026-03-06T17:00:00', p50: null, p80: null, late: true });
    const moved = await pm.patch(`/api/v1/releases/${release.id}`, { version: 1, targetDate: '2026-03-06' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(releaseSchema.parse(moved.json())).toMatchObject({ version: 2, forecast: { late: false } });
    const stale = await pm.patch(`/api/v1/releases/${release.id}`, { version: 1, name: 'Stale' });
    expectProblem(stale, 409, 'version');
    expect(stale.json().current).toMatchObject({ name: 'Spring', version: 2 });
    expectProblem(await pm.post(releasesUrl(), { name: '' }), 400, 'body.name');
    expectProblem(
      await pm.post(releasesUrl(), { name: 'x', targetDate: '2026-02-30' }),
      400,
      'body.targetDate',
    );
    expectProblem(await pm.post(releasesUrl(), { name: 'x', status: 'shipped' }), 400, 'body.status');
    expect(releaseListSchema.parse((await pm.get(releasesUrl())).json()).items.map((r) => r.id)).toContain(
      release.id,
    );
    // removing the release leaves its features in the backlog, unassigned
    expectProblem(
      await pm.request({ method: 'DELETE', url: `/api/v1/releases/${release.id}?version=1` }),
      409,
      'version',
    );
    expect(
      (await pm.request({ method: 'DELETE', url: `/api/v1/releases/${release.id}?version=2` })).statusCode,
    ).toBe(204);
    expectProblem(await pm.get(`/api/v1/releases/${release.id}`), 404);
    expect((await pm.get(`/api/v1/features/${design.id}`)).json().releaseId).toBeNull();
  });

  it('announces release writes after commit, and the features a removal unassigns', async () => {
    const events: ChangeEvent[] = [];
    const unsubscribe = app.changeFeed.subscribe((event) => events.push(event));
    try {
      const release = await createRelease({ name: 'Announced' });
      const feature = await createFeature({ title: 'Announced feature', releaseId: release.id });
      expectProblem(await pm.post(releasesUrl(), { name: '' }), 400, 'body.name');
      await pm.request({ method: 'DELETE', url: `/api/v1/releases/${release.id}` });
      expect(events.filter((e) => e.entity === 'release').map((e) => [e.kind, e.ids])).toEqual([
        ['upsert', [release.id]],
        ['delete', [release.id]],
      ]);
      expect(events.filter((e) => e.entity === 'feature').map((e) => e.ids)).toEqual([
        [feature.id],
        [feature.id],
      ]);
    } finally {
      unsubscribe();
    }
  });

  it('writes release notes by kind and status, with evidence counts', async () => {
    const release = await createRelease({ name: 'Summer', versionLabel: '2.5.0' });
    const shipped = await createFeature({ title: 'Bulk edit', releaseId: release.id, status: 'released' });
    await createFeature({ title: 'Offline mode', releaseId: release.id, status: 'in-progress' });
    await createFeature({ title: 'Platform', kind: 'initiative', releaseId: release.id, status: 'planned' });
    await createFeature({
      title: 'Fax export',
      releaseId: release.id,
      status: 'rejected',
      statusReason: 'nobody asked',
    });
    for (const text of ['Need bulk edit', 'Editing 100 rows one by one is slow']) {
      const item = await pm.post(`/api/v1/workspaces/${workspaceId}/feedback`, {
        text,
        customer: 'Dana',
        featureId: shipped.id,
      });
      expect(item.statusCode, item.body).toBe(201);
    }
    const notes = releaseNotesSchema.parse((await pm.get(`/api/v1/releases/${release.id}/notes`)).json());
    expect(notes.markdown).toBe(
      [
        '# Summer 2.5.0',
        '',
        '## Initiatives',
        '',
        '- **Platform** (planned)',
        '',
        '## Features',
        '',
        '- **Bulk edit** (released · 2 customer requests)',
        '- **Offline mode** (in progress)',
        '',
        '## Left out',
        '',
        '- **Fax export** (rejected)',
        '',
      ].join('\n'),
    );
  });

  it('previews a scope change from the engine without writing anything', async () => {
    const release = await createRelease({ name: 'Autumn' });
    const design = await createFeature({
      title: 'Wizard',
      releaseId: release.id,
      links: [{ projectId, taskId: task.design }],
    });
    const docs = await createFeature({
      title: 'Manual',
      releaseId: release.id,
      links: [{ projectId, taskId: task.docs }],
    });
    const build = await createFeature({ title: 'Sync engine', links: [{ projectId, taskId: task.build }] });
    const preview = async (body: Record<string, unknown>) => {
      const response = await pm.post(`/api/v1/releases/${release.id}/scope-preview`, body);
      expect(response.statusCode, response.body).toBe(200);
      return scopePreviewSchema.parse(response.json());
    };
    // Before: Build is not in the release, so it is inactive: the release finishes with Design
    // (Fri 6 March 17:00) and the plan costs Design 40 h × 100.00 + Docs 24 h × 50.00 = 5,200.00.
    // After adding Build: it finishes Fri 20 March 17:00 (14 calendar days later) and adds
    // 80 h × 100.00 = 8,000.00.
    const added = await preview({ add: [build.id] });
    expect(added.before).toEqual({ releaseFinish: '2026-03-06T17:00:00', costAtCompletionMinor: 520_000 });
    expect(added.after).toEqual({ releaseFinish: '2026-03-20T17:00:00', costAtCompletionMinor: 1_320_000 });
    expect(added.releaseFinishShiftMinutes).toBe(14 * 1440);
    expect(added.costDeltaMinor).toBe(800_000);
    // removing Docs: the date stays with Design, the cost drops by Docs' 1,200.00
    const removed = await preview({ remove: [docs.id] });
    expect(removed.after.releaseFinish).toBe('2026-03-06T17:00:00');
    expect(removed.releaseFinishShiftMinutes).toBe(0);
    expect(removed.costDeltaMinor).toBe(-120_000);
    // nothing was written: the features keep their releases, the tasks their dates
    expect((await pm.get(`/api/v1/features/${build.id}`)).json().releaseId).toBeNull();
    expect((await pm.get(`/api/v1/tasks/${task.build}`)).json().finish).toBe('2026-03-20T17:00:00');
    expect(
      releaseSchema.parse((await pm.get(`/api/v1/releases/${release.id}`)).json()).featureIds,
    ).toHaveLength(2);
    expectProblem(
      await pm.post(`/api/v1/releases/${release.id}/scope-preview`, { add: [design.id] }),
      400,
      'body.add.0',
    );
    expectProblem(
      await pm.post(`/api/v1/releases/${release.id}/scope-preview`, { remove: [build.id] }),
      400,
      'body.remove.0',
    );
    expectProblem(
      await pm.post(`/api/v1/releases/${release.id}/scope-preview`, { add: [projectId] }),
      400,
      'body.add.0',
    );
  });

  it('fills the ranking against the team’s capacity and draws the cut line', async () => {
    // Monday 2 → Friday 13 March inclusive: 10 working days; Ann 10 × 8 h, Cy half time 5 × 8 h:
    // 15 person-days = 7,200 minutes
    const feature = async (title: string, extra: Record<string, unknown> = {}) =>
      (await createFeature({ title, ...extra })).id;
    const a = await feature('A', { effortMinutes: 6 * DAY });
    const unestimated = await feature('No estimate');
    // linked to Design (Fri 6 March): ships on its forecast; no effort of its own
    const linked = await feature('Linked', { links: [{ projectId, taskId: task.design }] });
    const b = await feature('B', { effortMinutes: 8 * DAY });
    // 6 + 8 + 2 = 16 person-days > 15: C draws the cut line
    const c = await feature('C', { effortMinutes: 2 * DAY });
    // D would fit in the day left, but the ranking comes first
    const d = await feature('D', { effortMinutes: DAY / 2 });
    const url = `/api/v1/workspaces/${workspaceId}/capacity-check`;
    const response = await pm.post(url, {
      from: '2026-03-02',
      until: '2026-03-13',
      resourceIds: [annId, cyId],
      featureIds: [a, unestimated, linked, b, c, d],
    });
    expect(response.statusCode, response.body).toBe(200);
    const check = capacityCheckSchema.parse(response.json());
    expect(check.capacityMinutes).toBe(15 * DAY);
    expect(check.committedMinutes).toBe(14 * DAY);
    expect(check.cutIndex).toBe(4);
    expect(check.items.map((i) => [i.title, i.verdict, i.ships, i.cumulativeMinutes])).toEqual([
      ['A', 'fits', true, 6 * DAY],
      ['No estimate', 'no-estimate', false, 6 * DAY],
      ['Linked', 'scheduled-in-time', true, 6 * DAY],
      ['B', 'fits', true, 14 * DAY],
      ['C', 'over-capacity', false, 14 * DAY],
      ['D', 'below-cut', false, 14 * DAY],
    ]);
    // work linked to Build (Fri 20 March) is late for the 13th: the cut line is at the top
    const late = await feature('Late', { links: [{ projectId, taskId: task.build }] });
    const lateCheck = capacityCheckSchema.parse(
      (
        await pm.post(url, {
          from: '2026-03-02',
          until: '2026-03-13',
          resourceIds: [annId],
          featureIds: [late, a],
        })
      ).json(),
    );
    expect(lateCheck.items.map((i) => i.verdict)).toEqual(['scheduled-late', 'below-cut']);
    expect(lateCheck.cutIndex).toBe(0);
    expect(lateCheck.capacityMinutes).toBe(10 * DAY);
    // by default the open backlog in rank order: released, parked and rejected items are left out
    await feature('Shipped', { status: 'released', effortMinutes: DAY });
    await feature('Shelved', { status: 'parked', effortMinutes: DAY });
    const backlog = capacityCheckSchema.parse(
      (await pm.post(url, { from: '2026-03-02', until: '2026-03-13', resourceIds: [annId] })).json(),
    );
    const titles = backlog.items.map((i) => i.title);
    expect(titles).not.toContain('Shipped');
    expect(titles).not.toContain('Shelved');
    expect(titles.indexOf('A')).toBeLessThan(titles.indexOf('B'));
    expect(titles.indexOf('B')).toBeLessThan(titles.indexOf('Late'));
    expectProblem(
      await pm.post(url, { from: '2026-03-13', until: '2026-03-02', resourceIds: [annId] }),
      400,
      'body.until',
    );
    expectProblem(
      await pm.post(url, { from: '2026-03-02', until: '2026-03-13', resourceIds: [projectId] }),
      400,
      'body.resourceIds.0',
    );
    expectProblem(
      await pm.post(url, {
        from: '2026-03-02',
        until: '2026-03-13',
        resourceIds: [annId],
        featureIds: [projectId],
      }),
      400,
      'body.featureIds.0',
    );
    expectProblem(await pm.post(url, { until: '2026-03-13', resourceIds: [] }), 400, 'body.resourceIds');
  });

  it('hides other workspaces and keeps viewers to reading', async () => {
    const release = await createRelease({ name: 'Private' });
    const eve = new Agent(app);
    await eve.signUp(uniqueEmail('eve'), PASSWORD, 'Eve');
    expectProblem(await eve.get(releasesUrl()), 404);
    expectProblem(await eve.get(`/api/v1/releases/${release.id}`), 404);
    expectProblem(await eve.get(`/api/v1/releases/${release.id}/notes`), 404);
    expectProblem(await eve.patch(`/api/v1/releases/${release.id}`, { version: 1, name: 'Eve' }), 404);
    expectProblem(await eve.post(`/api/v1/releases/${release.id}/scope-preview`, {}), 404);
    expectProblem(
      await eve.post(`/api/v1/workspaces/${workspaceId}/capacity-check`, {
        until: '2026-03-13',
        resourceIds: [annId],
      }),
      404,
    );
    const vic = new Agent(app);
    const vicId = (await vic.signUp(uniqueEmail('vic'), PASSWORD, 'Vic')).user.id;
    const now = nowUtc();
    await insertMembership(app.database.db, {
      workspace_id: workspaceId,
      user_id: vicId,
      role: 'viewer',
      created_at: now,
      updated_at: now,
    });
    expect((await vic.get(`/api/v1/releases/${release.id}`)).statusCode).toBe(200);
    expectProblem(await vic.post(releasesUrl(), { name: 'Viewer' }), 403);
    expectProblem(await vic.patch(`/api/v1/releases/${release.id}`, { version: 1, name: 'Viewer' }), 403);
    expectProblem(await vic.request({ method: 'DELETE', url: `/api/v1/releases/${release.id}` }), 403);
  });
});

describe('release notes', () => {
  it('escapes Markdown typed into titles so it cannot inject links or headings', () => {
    const markdown = renderReleaseNotes({ name: 'R', versionLabel: '', targetDate: null, description: '' }, [
      {
        title: '[click](http://evil) # *bold*',
        description: '',
        kind: 'feature',
        status: 'planned',
        evidenceCount: 1,
      },
    ]);
    expect(markdown).toContain(
      '- **\\[click\\]\\(http://evil\\) \\# \\*bold\\*** (planned · 1 customer request)',
    );
    expect(markdown).not.toContain('](');
  });
});
