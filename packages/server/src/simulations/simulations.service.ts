import { problemTypes, type RunSimulationRequest, type Simulation, simulationSchema } from '@tandem/api';
import { parseDateTime, type SimulationOptions, type SimulationResult } from '@tandem/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { nowUtc } from '../db/timestamps';
import { EngineInputError, EngineTimeoutError, engineWorkers } from '../engine-worker/engine-worker-pool';
import { listLinksIntoProject } from '../features/features.repository';
import { ProblemError, problems } from '../http/problem-error';
import { notifyForecastSlips } from '../notifications/forecast-slips';
import { requireProject } from '../projects/projects.service';
import { riskPolicy } from '../risks/risks.policy';
import { loadProjectInput } from '../scheduling/project-schedule.service';
import { buildOutline } from '../tasks/task-outline';
import { listTasks } from '../tasks/tasks.repository';
import { presentSimulation } from './simulation.presenter';
import { loadRiskEvents } from './simulation-inputs';

const DEFAULT_UNCERTAINTY = { low: -10, high: 30 };
/** A simulation that ran longer is stopped: no request may hold a core for ever. */
const SIMULATION_TIMEOUT_MS = 120_000;

export class SimulationsService {
  constructor(private readonly db: Kysely<Database>) {}

  /** Runs the analysis on the plan as stored now, in a worker thread, and keeps the result. */
  async run(
    userId: string,
    projectId: string,
    input: RunSimulationRequest,
  ): Promise<{ value: Simulation; workspaceId: string }> {
    const project = await requireProject(this.db, projectId, userId);
    if (!riskPolicy.write(project.role)) throw problems.forbidden(`a ${project.role} cannot run simulations`);
    const workspaceId = project.workspace_id;
    // one consistent snapshot of the plan and its risks
    const { plan, risks, trackGroups } = await this.db.transaction().execute(async (trx) => {
      const outline = buildOutline(await listTasks(trx, workspaceId, project.id));
      if (outline.length === 0)
        throw problems.validation('projectId', 'the project has no tasks to simulate');
      const plan = await loadProjectInput(trx, project, outline);
      const risks = input.includeRisks === false ? [] : await loadRiskEvents(trx, workspaceId, project.id);
      // the work each product feature is linked to, so its P50/P80 can be forecast (issue #7)
      const topLevel = outline.filter((entry) => entry.level === 1).map((entry) => entry.task.id);
      const groups = new Map<string, string[]>();
      for (const link of await listLinksIntoProject(trx, workspaceId, project.id)) {
        const ids = groups.get(link.featureId) ?? [];
        ids.push(...(link.taskId === null ? topLevel : [link.taskId]));
        groups.set(link.featureId, ids);
      }
      const trackGroups = [...groups].map(([id, taskIds]) => ({ id, taskIds }));
      return { plan, risks, trackGroups };
    });
    const uncertainty = input.uncertainty ?? DEFAULT_UNCERTAINTY;
    const deadline = input.deadline ? parseDateTime(input.deadline) : null;
    let result: SimulationResult;
    try {
      const options: SimulationOptions = {
        iterations: input.iterations ?? 10_000,
        seed: input.seed ?? 1,
        defaultUncertainty: uncertainty,
        riskEvents: risks,
        trackGroups,
        deadline,
      };
      result = await engineWorkers.run({ kind: 'simulate', project: plan, options }, SIMULATION_TIMEOUT_MS);
    } catch (error) {
      if (error instanceof EngineInputError) {
        throw new ProblemError({
          status: 409,
          type: problemTypes.scheduling,
          title: 'The plan cannot be simulated',
          detail: error.message,
        });
      }
      if (error instanceof EngineTimeoutError) {
        throw new ProblemError({
          status: 422,
          type: problemTypes.scheduling,
          title: 'The simulation took too long',
          detail: `${error.message}; run fewer iterations`,
        });
      }
      throw error;
    }
    const value = presentSimulation(
      {
        id: newId(),
        projectId: project.id,
        createdAt: nowUtc(),
        createdBy: userId,
        uncertainty,
        risks: risks.length,
      },
      result,
      deadline,
    );
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('simulations')
        .values({
          workspace_id: workspaceId,
          id: value.id,
          project_id: project.id,
          created_at: value.createdAt,
          created_by: userId,
          result_json: JSON.stringify(value),
        })
        .execute();
      // a new P80 can carry a linked feature's or release's forecast past its target
      await notifyForecastSlips(trx, workspaceId, project.id);
    });
    return { value, workspaceId };
  }

  async latest(userId: string, projectId: string): Promise<Simulation> {
    const project = await requireProject(this.db, projectId, userId);
    const row = await this.db
      .selectFrom('simulations')
      .select('result_json')
      .where('workspace_id', '=', project.workspace_id)
      .where('project_id', '=', project.id)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!row) throw problems.notFound('simulation of project', projectId);
    return simulationSchema.parse(JSON.parse(row.result_json));
  }
}
