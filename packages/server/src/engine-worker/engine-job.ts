import { parentPort } from 'node:worker_threads';
import { levelProject, simulateSchedule } from '@tandem/engine';
import type { EngineJob, EngineJobResults, JobAnswer, JobMessage } from './engine-jobs';

function run(job: EngineJob): EngineJobResults[EngineJob['kind']] {
  switch (job.kind) {
    case 'simulate':
      return simulateSchedule(job.project, job.options);
    case 'level': {
      const { schedule } = levelProject(job.project, job.options);
      return {
        taskFinish: new Map(schedule.tasks.map((task) => [task.id, task.finish])),
        finish: schedule.finish,
      };
    }
  }
}

// A worker stays up and runs the jobs it is sent one after the other; the pool sends it one at a
// time, so a job's time limit counts only its own work.
parentPort?.on('message', ({ id, job }: JobMessage) => {
  let answer: JobAnswer;
  try {
    answer = { id, ok: true, result: run(job) };
  } catch (error) {
    answer = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(answer);
});
