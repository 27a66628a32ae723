import {
  checkInListSchema,
  checkInResultSchema,
  featureSchema,
  goalListSchema,
  goalSchema,
  releaseSchema,
  scopePreviewSchema,
} from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../src/testing/index';
import { Agent, uniqueEmail } from './support/agent';
import { joinAs } from './support/members';
import { expectProblem } from './support/problem-assertions';
import { startTestApp } from './support/test-app';

const PASSWORD = 'goals and okrs password';

describeEachDatabase(
  'goals: objectives, key results, check-ins and the features serving them',
  (database) => {
    let app: FastifyInstance;
    let pm: Agent;
    let workspaceId: string;

    beforeAll(async () => {
      app = await startTestApp(database.config);
      pm = new Agent(app);
      workspaceId = (await pm.signUp(uniqueEmail('pm'), PASSWORD, 'Pia Product')).memberships[0].workspaceId;
    });
    afterAll(async () => {
      await app?.close();
    });

    const goalsUrl = () => `/api/v1/workspaces/${workspaceId}/goals`;
    async function createGoal(body: Record<string, unknown>) {
      const response = await pm.post(goalsUrl(), body);
      expect(response.statusCode, response.body).toBe(201);
      return goalSchema.parse(response.json());
    }

    it('rolls progress up from key results, and check-ins move it', async () => {
      const goal = await createGoal({
        title: 'Grow activation',
        periodStart: '2026-01-01',
        periodEnd: '2026-03-31',
        keyResults: [
          // 40 → 100 signups a week, now 70: half way
          { metric: 'Weekly signups', baseline: 40, target: 100, current: 70, confidence: 0.7 },
          // churn 8 % → 5 %, not started (defaults: current = baseline, confidence 0.5)
          { metric: 'Monthly churn %', baseline: 8, target: 5 },
        ],
      });
      expect(goal.keyResults.map((k) => [k.progress, k.current, k.confidence])).toEqual([
        [0.5, 70, 0.7],
        [0, 8, 0.5],
      ]);
      // mean of 0.5 and 0
      expect(goal.progress).toBe(0.25);
      const churn = goal.keyResults[1];
      // churn down to 6 %: 2 of 3 points; the objective: (0.5 + 2/3) / 2
      const response = await pm.post(`/api/v1/key-results/${churn.id}/check-ins`, {
        date: '2026-02-15',
        value: 6,
        confidence: 0.8,
        note: 'pricing page fixed',
      });
      expect(response.statusCode, response.body).toBe(201);
      const result = checkInResultSchema.parse(response.json());
      expect(result.goal.keyResults[1]).toMatchObject({ current: 6, confidence: 0.8 });
      expect(result.goal.progress).toBeCloseTo((0.5 + 2 / 3) / 2, 12);
      expect(result.goal.version).toBe(2);
      // a back-dated check-in joins the history without moving the current value
      expect(
        (
          await pm.post(`/api/v1/key-results/${churn.id}/check-ins`, {
            date: '2026-01-31',
            value: 7,
            confidence: 0.6,
          })
        ).json().goal.keyResults[1].current,
      ).toBe(6);
      const history = checkInListSchema.parse(
        (await pm.get(`/api/v1/key-results/${churn.id}/check-ins`)).json(),
      );
      expect(history.items.map((c) => [c.date, c.value, c.note])).toEqual([
        ['2026-02-15', 6, 'pricing page fixed'],
        ['2026-01-31', 7, ''],
      ]);
      // overshooting is done, not more than done
      const over = await pm.post(`/api/v1/key-results/${goal.keyResults[0].id}/check-ins`, {
        date: '2026-03-01',
        value: 130,
        confidence: 1,
      });
      expect(checkInResultSchema.parse(over.json()).goal.keyResults[0].progress).toBe(1);
      expectProblem(
        await pm.post(`/api/v1/key-results/${churn.id}/check-ins`, {
          date: '2026-02-30',
          value: 1,
          confidence: 1,
        }),
        400,
        'body.date',
      );
      expectProblem(
        await pm.post(`/api/v1/key-results/${churn.id}/check-ins`, {
          date: '2026-03-01',
          value: 1,
          confidence: 1.2,
        }),
        400,
        'body.confidence',
      );
    });

    it('edits key results in place, keeps versions honest, and refuses bad input', async () => {
      const goal = await createGoal({
        title: 'Quality',
        keyResults: [{ metric: 'Bugs', baseline: 50, target: 10 }],
      });
      const [bugs] = goal.keyResults;
      await pm.post(`/api/v1/key-results/${bugs.id}/check-ins`, {
        date: '2026-02-01',
        value: 30,
        confidence: 0.6,
      });
      // the check-in moved the version to 2; keep Bugs (its current stays 30) and add a key result
      const patched = await pm.patch(`/api/v1/goals/${goal.id}`, {
        version: 2,
        keyResults: [
          { id: bugs.id, metric: 'Open bugs', baseline: 50, target: 10 },
          { metric: 'NPS', baseline: 20, target: 40, current: 25 },
        ],
      });
      expect(patched.statusCode, patched.body).toBe(200);
      const edited = goalSchema.parse(patched.json());
      expect(edited.keyResults.map((k) => [k.id === bugs.id, k.metric, k.current, k.progress])).toEqual([
        [true, 'Open bugs', 30, 0.5],
        [false, 'NPS', 25, 0.25],
      ]);
      expect(edited.version).toBe(3);
      const stale = await pm.patch(`/api/v1/goals/${goal.id}`, { version: 2, title: 'Stale' });
      expectProblem(stale, 409, 'version');
      expect(stale.json().current).toMatchObject({ title: 'Quality', version: 3 });
      // dropping a key result drops its check-ins
      expect(
        (await pm.patch(`/api/v1/goals/${goal.id}`, { version: 3, keyResults: [] })).json().progress,
      ).toBeNull();
      expectProblem(await pm.get(`/api/v1/key-results/${bugs.id}/check-ins`), 404);
      expectProblem(await pm.post(goalsUrl(), { title: '' }), 400, 'body.title');
      expectProblem(
        await pm.post(goalsUrl(), { title: 'x', keyResults: [{ metric: 'm', baseline: 3, target: 3 }] }),
        400,
        'body.keyResults.0.target',
      );
      expectProblem(
        await pm.post(goalsUrl(), {
          title: 'x',
          keyResults: [{ metric: 'm', baseline: 0, target: 1, confidence: -1 }],
        }),
        400,
        'body.keyResults.0.confidence',
      );
      expectProblem(
        await pm.patch(`/api/v1/goals/${goal.id}`, {
          version: 4,
          keyResults: [{ id: workspaceId, metric: 'm', baseline: 0, target: 1 }],
        }),
        400,
        'body.keyResults.0.id',
      );
      expectProblem(
        await pm.post(goalsUrl(), { title: 'x', periodStart: '2026-03-01', periodEnd: '2026-01-01' }),
        400,
        'body.periodEnd',
      );
      expectProblem(await pm.post(goalsUrl(), { title: 'x', ownerId: workspaceId }), 400, 'body.ownerId');
    });

    it('links features to goals, and the scope preview reports the goals gained and lost', async () => {
      const growth = await createGoal({ title: 'Growth' });
      const retention = await createGoal({ title: 'Retention' });
      const feature = async (body: Record<string, unknown>) => {
        const response = await pm.post(`/api/v1/workspaces/${workspaceId}/features`, body);
        expect(response.statusCode, response.body).toBe(201);
        return featureSchema.parse(response.json());
      };
      const release = releaseSchema.parse(
        (await pm.post(`/api/v1/workspaces/${workspaceId}/releases`, { name: 'Q2' })).json(),
      );
      const referrals = await feature({ title: 'Referrals', releaseId: release.id, goalIds: [growth.id] });
      const digest = await feature({
        title: 'Weekly digest',
        releaseId: release.id,
        goalIds: [growth.id, retention.id],
      });
      const winBack = await feature({ title: 'Win-back emails', goalIds: [retention.id] });
      expect(digest.goalIds.sort()).toEqual([growth.id, retention.id].sort());
      expect(goalSchema.parse((await pm.get(`/api/v1/goals/${growth.id}`)).json()).featureIds.sort()).toEqual(
        [referrals.id, digest.id].sort(),
      );
      const preview = async (body: Record<string, unknown>) =>
        scopePreviewSchema.parse(
          (await pm.post(`/api/v1/releases/${release.id}/scope-preview`, body)).json(),
        );
      // without the digest, Retention has no feature in the release; Growth keeps Referrals
      expect(await preview({ remove: [digest.id] })).toMatchObject({
        goalsGained: [],
        goalsLost: [retention.id],
      });
      // swapping the digest for win-back keeps Retention covered
      expect(await preview({ remove: [digest.id], add: [winBack.id] })).toMatchObject({
        goalsGained: [],
        goalsLost: [],
      });
      // removing both growth features loses Growth
      expect(await preview({ remove: [digest.id, referrals.id], add: [winBack.id] })).toMatchObject({
        goalsLost: [growth.id],
      });
      // no linked work: no dates and no cost
      expect(await preview({ remove: [digest.id] })).toMatchObject({
        before: { releaseFinish: null, costAtCompletionMinor: 0 },
        releaseFinishShiftMinutes: null,
        costDeltaMinor: 0,
      });
      expectProblem(
        await pm.patch(`/api/v1/features/${winBack.id}`, { version: 1, goalIds: [workspaceId] }),
        400,
        'body.goalIds.0',
      );
      expectProblem(
        await pm.patch(`/api/v1/features/${winBack.id}`, { version: 1, releaseId: workspaceId }),
        400,
        'body.releaseId',
      );
      // removing a goal unlinks it from its features
      expect(
        (await pm.request({ method: 'DELETE', url: `/api/v1/goals/${retention.id}?version=1` })).statusCode,
      ).toBe(204);
      expect((await pm.get(`/api/v1/features/${digest.id}`)).json().goalIds).toEqual([growth.id]);
      expect(goalListSchema.parse((await pm.get(goalsUrl())).json()).items.map((g) => g.id)).not.toContain(
        retention.id,
      );
    });

    it('hides other workspaces and keeps viewers to reading', async () => {
      const goal = await createGoal({
        title: 'Private',
        keyResults: [{ metric: 'm', baseline: 0, target: 10 }],
      });
      const krId = goal.keyResults[0].id;
      const eve = new Agent(app);
      await eve.signUp(uniqueEmail('eve'), PASSWORD, 'Eve');
      expectProblem(await eve.get(goalsUrl()), 404);
      expectProblem(await eve.get(`/api/v1/goals/${goal.id}`), 404);
      expectProblem(await eve.patch(`/api/v1/goals/${goal.id}`, { version: 1, title: 'Eve' }), 404);
      expectProblem(await eve.get(`/api/v1/key-results/${krId}/check-ins`), 404);
      expectProblem(
        await eve.post(`/api/v1/key-results/${krId}/check-ins`, {
          date: '2026-01-01',
          value: 1,
          confidence: 1,
        }),
        404,
      );
      const { agent: vic } = await joinAs(app, workspaceId, 'viewer');
      expect((await vic.get(`/api/v1/goals/${goal.id}`)).statusCode).toBe(200);
      expectProblem(await vic.post(goalsUrl(), { title: 'Viewer' }), 403);
      expectProblem(await vic.patch(`/api/v1/goals/${goal.id}`, { version: 1, title: 'Viewer' }), 403);
      expectProblem(
        await vic.post(`/api/v1/key-results/${krId}/check-ins`, {
          date: '2026-01-01',
          value: 1,
          confidence: 1,
        }),
        403,
      );
      expectProblem(await vic.request({ method: 'DELETE', url: `/api/v1/goals/${goal.id}` }), 403);
    });
  },
);
