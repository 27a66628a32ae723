import { Worker } from 'node:worker_threads';
import type { ProjectInput, SimulationOptions, SimulationResult } from '@tandem/engine';

/** A simulation that ran too long is stopped: no request may hold a core for ever. */
const SIMULATION_TIMEOUT_MS = 120_000;

/** The engine refused the input (a cycle, an estimate out of order): a 4xx, not a crash. */
export class SimulationInputError extends Error {}

/**
 * Runs `simulateSchedule` in a worker thread (simulation.worker.js, which loads TypeScript through
 * tsx as the server itself does); Maps and typed arrays come back by structured clone.
 */
export function simulateInWorker(
  project: ProjectInput,
  options: SimulationOptions,
): Promise<SimulationResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./simulation.worker.js', import.meta.url));
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`the simulation ran longer than ${SIMULATION_TIMEOUT_MS / 1000} s and was stopped`));
    }, SIMULATION_TIMEOUT_MS);
    worker.once(
      'message',
      (message: { ok: true; result: SimulationResult } | { ok: false; message: string }) => {
        clearTimeout(timer);
        void worker.terminate();
        if (message.ok) resolve(message.result);
        else reject(new SimulationInputError(message.message));
      },
    );
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.postMessage({ project, options });
  });
}
