import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/create-database';
import { listTasks, type TaskRow } from '../tasks/tasks.repository';
import { describeEachDatabase } from '../testing/databases';
import { type StoredSchedule, writeSchedules } from './schedule-writes';
import { openSeededPlans } from './seeded-plans.testkit';

describeEachDatabase('writeSchedules', (database) => {
  let handle: DatabaseHandle;
  let workspaceId: string;
  let projectId: string;

  beforeAll(async () => {
    const seeded = await openSeededPlans(database.config, {
      name: 'writes',
      projects: 1,
      tasksPerProject: 600,
    });
    handle = seeded.handle;
    workspaceId = seeded.workspaceId;
    projectId = seeded.projectIds[0];
  });

  afterAll(async () => {
    await handle?.db.destroy();
  });

  const byId = (rows: readonly TaskRow[]) => new Map(rows.map((row) => [row.id, row]));
  const scheduleOf = (row: TaskRow, k: number): StoredSchedule => ({
    id: row.id,
    start: `2030-01-01T08:${String(k % 60).padStart(2, '0')}:00`,
    finish: `2030-01-02T17:${String(k % 60).padStart(2, '0')}:00`,
    duration: row.duration + k,
  });

  // 1, a size between paddings (5 → 8), one past a size (257 → 500) and more than a statement (550)
  it.each([1, 5, 257, 550])('writes exactly the %i rows given and nothing else', async (count) => {
    const before = await listTasks(handle.db, workspaceId, projectId);
    const targets = before.slice(0, count);
    const written = targets.map((row, k) => scheduleOf(row, k + count));
    await handle.db.transaction().execute((trx) => writeSchedules(trx, workspaceId, written));
    const after = byId(await listTasks(handle.db, workspaceId, projectId));
    const wanted = new Map(written.map((w) => [w.id, w]));
    for (const row of before) {
      const now = after.get(row.id);
      const change = wanted.get(row.id);
      // every other column, and every other row, as it was
      expect(now).toEqual(change ? { ...row, ...change } : row);
    }
  });
});
