import { CSRF_HEADER } from '@tandem/api';
import { mulberry32 } from '@tandem/engine';
import { type HttpAnswer, HttpConnection } from './bench-http-connection';

/** The three requests of the mix. */
export type RequestKind = 'get-task' | 'list-tasks' | 'patch-task';
export const REQUEST_KINDS: readonly RequestKind[] = ['get-task', 'list-tasks', 'patch-task'];

export interface LoadTarget {
  readonly projectIds: readonly string[];
  /** Leaf task ids (the ones whose duration can be edited), with the project of each. */
  readonly taskIds: readonly string[];
  /** Last version seen per task id, kept current from every answer. */
  readonly versions: Map<string, number>;
}

export interface LoadOptions {
  readonly baseUrl: string;
  readonly cookie: string;
  readonly csrf: string;
  readonly clients: number;
  readonly durationMs: number;
  /** Requests before this time are sent but not counted, milliseconds. */
  readonly warmupMs: number;
  /** Share of requests that are task edits (0–1). */
  readonly writeShare: number;
  /** Share of the reads that list a project's tasks (the rest read one task). */
  readonly listShare: number;
  /** Tasks per listing: the first page of this many (`?limit=`); 0 lists every task of the project. */
  readonly listPage: number;
  readonly seed: number;
  /**
   * Requests per second over all clients (open loop): each client sends on a fixed schedule, and a
   * request's latency counts from when it was due, so a server that falls behind is charged for
   * the wait. Undefined: closed loop, each client sends its next request when the last is answered.
   */
  readonly rate?: number;
  /** Called when the measured window opens and when it closes (to sample the server's CPU). */
  readonly onWindow?: (edge: 'open' | 'close') => void;
}

export interface LatencySummary {
  readonly count: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

export interface LoadReport {
  readonly durationS: number;
  /** Requests started within the measured window (their latencies are the percentiles). */
  readonly requests: number;
  /** Answers received within the window, per second. */
  readonly requestsPerSecond: number;
  /**
   * Open loop: requests due within the window that were never sent because their client was
   * still waiting for earlier answers when the window closed (the server fell that far behind).
   * `all` counts each as late as the time from when it was due to the window's end (a lower bound).
   */
  readonly unsent: number;
  readonly all: LatencySummary;
  readonly byKind: Readonly<Record<RequestKind, LatencySummary>>;
  /** Edits refused with 409 because another client edited the task first (expected, not errors). */
  readonly conflicts: number;
  /** Network failures and answers other than 2xx and 409. */
  readonly errors: number;
  readonly errorSamples: readonly string[];
}

/** Nearest-rank percentile of sorted values (0 < p ≤ 1). */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

function summarize(values: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(values).sort();
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    count: sorted.length,
    p50Ms: round(percentile(sorted, 0.5)),
    p95Ms: round(percentile(sorted, 0.95)),
    p99Ms: round(percentile(sorted, 0.99)),
    maxMs: round(sorted.length ? sorted[sorted.length - 1] : 0),
  };
}

/**
 * Runs `clients` concurrent clients over keep-alive connections for warm-up plus duration: each
 * sends its next request as soon as the previous one is answered, or at `rate` (see LoadOptions).
 * Reads are a task or a project's task list; edits PATCH a random leaf task's duration with the
 * version last seen.
 */
export async function runLoad(target: LoadTarget, options: LoadOptions): Promise<LoadReport> {
  const url = new URL(options.baseUrl);
  const commonHeaders = `cookie: ${options.cookie}\r\n${CSRF_HEADER}: ${options.csrf}\r\n`;
  // one keep-alive connection per client (see HttpConnection: node:http's client costs 3× as much)
  const connections = Array.from(
    { length: options.clients },
    () => new HttpConnection(url.hostname, Number(url.port), commonHeaders),
  );

  const latencies: Record<RequestKind, number[]> = { 'get-task': [], 'list-tasks': [], 'patch-task': [] };
  let conflicts = 0;
  let completed = 0;
  let unsent = 0;
  /** Lower bounds of the latency of requests never sent (see LoadReport.unsent), milliseconds. */
  const unsentLatencies: number[] = [];
  let errors = 0;
  const errorSamples: string[] = [];
  const started = performance.now();
  const measureFrom = started + options.warmupMs;
  const stopAt = measureFrom + options.durationMs;
  const noteError = (text: string) => {
    errors++;
    if (errorSamples.length < 5) errorSamples.push(text.slice(0, 300));
  };
  const rememberVersion = (
    body: string,
    pick: (json: unknown) => { id?: string; version?: number } | undefined,
  ) => {
    try {
      const task = pick(JSON.parse(body));
      if (task?.id && typeof task.version === 'number') target.versions.set(task.id, task.version);
    } catch {
      // a body that is not JSON is counted by the status check
    }
  };

  const listQuery = options.listPage > 0 ? `?limit=${options.listPage}` : '';
  // open loop: each client's requests are due every `interval` ms, clients staggered evenly
  const interval = options.rate ? (options.clients / options.rate) * 1000 : 0;
  const client = async (index: number) => {
    const connection = connections[index];
    const send = (method: string, path: string, body?: string) => connection.send(method, path, body);
    const random = mulberry32(options.seed * 1000 + index);
    let due = started + (interval * index) / options.clients;
    while (performance.now() < stopAt && (interval === 0 || due < stopAt)) {
      if (interval > 0) {
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
      const roll = random.next();
      let kind: RequestKind;
      let answer: HttpAnswer;
      const t0 = interval > 0 ? due : performance.now();
      due += interval;
      try {
        if (roll < options.writeShare) {
          kind = 'patch-task';
          const taskId = target.taskIds[random.int(0, target.taskIds.length - 1)];
          const version = target.versions.get(taskId) ?? 1;
          const body = JSON.stringify({ version, duration: random.int(1, 5) * 480 });
          answer = await send('PATCH', `/api/v1/tasks/${taskId}`, body);
          if (answer.status === 200) {
            // the edited task comes first: parse it without the (long) list of rescheduled tasks
            const cut = answer.body.indexOf(',"rescheduled":');
            const head = cut > 0 ? `${answer.body.slice(0, cut)}}` : answer.body;
            rememberVersion(head, (json) => (json as { task?: { id: string; version: number } }).task);
          }
          if (answer.status === 409)
            rememberVersion(
              answer.body,
              (json) => (json as { current?: { id: string; version: number } }).current,
            );
        } else if (random.next() < options.listShare) {
          kind = 'list-tasks';
          const projectId = target.projectIds[random.int(0, target.projectIds.length - 1)];
          answer = await send('GET', `/api/v1/projects/${projectId}/tasks${listQuery}`);
        } else {
          kind = 'get-task';
          const taskId = target.taskIds[random.int(0, target.taskIds.length - 1)];
          answer = await send('GET', `/api/v1/tasks/${taskId}`);
          if (answer.status === 200)
            rememberVersion(answer.body, (json) => json as { id: string; version: number });
        }
      } catch (error) {
        if (t0 >= measureFrom) noteError(`network: ${(error as Error).message}`);
        continue;
      }
      const ended = performance.now();
      // throughput counts answers within the window; latency, every request started (or due) in
      // it, also those that end after it: a slow server must not hide its slowest answers
      if (ended >= measureFrom && ended <= stopAt) completed++;
      if (t0 < measureFrom) continue;
      latencies[kind].push(ended - t0);
      if (answer.status === 409 && kind === 'patch-task') conflicts++;
      else if (answer.status < 200 || answer.status >= 300)
        noteError(`${kind} ${answer.status}: ${answer.body}`);
    }
    // due in the window but never sent: the client was still waiting when the window closed
    for (; interval > 0 && due < stopAt; due += interval) {
      if (due < measureFrom) continue;
      unsent++;
      unsentLatencies.push(stopAt - due);
    }
  };
  // each edge once: an open loop's clients may all finish just before the closing timer fires
  const fired = new Set<'open' | 'close'>();
  const windowEdge = (edge: 'open' | 'close') => {
    if (fired.has(edge)) return;
    fired.add(edge);
    options.onWindow?.(edge);
  };
  const edges = [
    setTimeout(() => windowEdge('open'), options.warmupMs),
    setTimeout(() => windowEdge('close'), options.warmupMs + options.durationMs),
  ];
  await Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)));
  for (const edge of edges) clearTimeout(edge);
  windowEdge('open');
  windowEdge('close');
  for (const connection of connections) connection.close();
  const durationS = options.durationMs / 1000;
  const sent = [...latencies['get-task'], ...latencies['list-tasks'], ...latencies['patch-task']];
  return {
    durationS,
    requests: sent.length,
    requestsPerSecond: Math.round((completed / durationS) * 10) / 10,
    unsent,
    all: summarize([...sent, ...unsentLatencies]),
    byKind: {
      'get-task': summarize(latencies['get-task']),
      'list-tasks': summarize(latencies['list-tasks']),
      'patch-task': summarize(latencies['patch-task']),
    },
    conflicts,
    errors,
    errorSamples,
  };
}
