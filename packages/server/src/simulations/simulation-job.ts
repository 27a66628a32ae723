import { parentPort } from 'node:worker_threads';
import { type ProjectInput, type SimulationOptions, simulateSchedule } from '@tandem/engine';

// Runs one Monte Carlo analysis off the request thread: a 10,000-iteration run takes about a
// second of CPU, which must not stall other requests.
parentPort?.once('message', (message: { project: ProjectInput; options: SimulationOptions }) => {
  try {
    parentPort?.postMessage({ ok: true, result: simulateSchedule(message.project, message.options) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
