import { schedule } from '@tandem/engine';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/create-database';
import { findProject, type ProjectRow } from '../projects/projects.repository';
import { buildOutline } from '../tasks/task-outline';
import { listTasks } from '../tasks/tasks.repository';
import { describeEachDatabase } from '../testing/databases';
import { PlanStrings } from './plan-strings';
import { loadProjectInput } from './project-input-load';
import { openSeededPlans } from './seeded-plans.testkit';

describeEachDatabase('loadProjectInput', (database) => {
  let handle: DatabaseHandle;
  let project: ProjectRow;

  beforeAll(async () => {
    const seeded = await openSeededPlans(database.config, {
      name: 'input',
      projects: 1,
      tasksPerProject: 50,
    });
    handle = seeded.handle;
    const found = await findProject(handle.db, seeded.workspaceId, seeded.projectIds[0]);
    if (!found) throw new Error('seeded project missing');
    project = found;
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('gives a plan to be cached its links without ids, and the same schedule', async () => {
    const outline = buildOutline(await listTasks(handle.db, project.workspace_id, project.id));
    const full = await loadProjectInput(handle.db, project, outline);
    const cached = await loadProjectInput(handle.db, project, outline, new PlanStrings());
    expect(full.links.length).toBeGreaterThan(0);
    expect(full.links.every((link) => typeof link.id === 'string')).toBe(true);
    expect(cached.links.every((link) => !('id' in link))).toBe(true);
    expect(cached.links).toEqual(full.links.map(({ id: _id, ...link }) => link));
    expect(schedule(cached).tasks).toEqual(schedule(full).tasks);
  });
});
