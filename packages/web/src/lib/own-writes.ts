import type { LiveChangeEvent } from '@tandem/api';

/**
 * The writes this tab made, to recognise their echoes on the live socket. The server announces
 * every committed write to every viewer, the writer included, and a viewer refetches what the
 * write touched; but the tab that wrote a task or a link already merged the write's answer into
 * its task and link lists, and on a 10,000-task project refetching them (~10 MB) cost twice the
 * edit itself. An echo refetches the rest (see refetchedOnEcho in live-updates.ts). An event is an echo when the user who wrote it is this tab's and every id it names came
 * back in the answer to one write of this tab within the last RECENT_MS; each answer accounts for
 * one event. The same user's other tabs did not write it, so they still refetch; should such a tab
 * write the same tasks at the same moment, whichever of the two events comes second refetches.
 */
export interface OwnWrites {
  /** A write request left (a mutation started). */
  started(): void;
  /** It was answered (`answer`, its parsed body) or failed (undefined). */
  settled(answer: unknown): void;
  /** Resolves once no write of this tab is in flight, or after `maxWaitMs`. */
  idle(maxWaitMs?: number): Promise<void>;
  /** Whether `event` only repeats what this tab's own recent writes answered. */
  isEcho(event: LiveChangeEvent, userId: string | null): boolean;
}

/** How long an answered id counts as this tab's own, ms. */
export const RECENT_MS = 10_000;

/** How deep ids are looked for in an answer: `{ task, rescheduled: [...], reanalysed: [...] }`. */
const ID_DEPTH = 3;

export function createOwnWrites(now: () => number = () => Date.now()): OwnWrites {
  /** The ids in each recent answer, oldest first, until an event matches it. */
  let answers: { readonly ids: ReadonlySet<string>; readonly at: number }[] = [];
  let inFlight = 0;
  let waiting: (() => void)[] = [];

  const collect = (value: unknown, depth: number, ids: Set<string>): void => {
    if (depth === 0 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) collect(item, depth - 1, ids);
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string') ids.add(record.id);
    for (const key in record) if (typeof record[key] === 'object') collect(record[key], depth - 1, ids);
  };

  return {
    started() {
      inFlight += 1;
    },
    settled(answer) {
      const at = now();
      answers = answers.filter((held) => at - held.at <= RECENT_MS);
      const ids = new Set<string>();
      collect(answer, ID_DEPTH, ids);
      if (ids.size > 0) answers.push({ ids, at });
      inFlight = Math.max(0, inFlight - 1);
      if (inFlight === 0) {
        const resolve = waiting;
        waiting = [];
        for (const run of resolve) run();
      }
    },
    idle(maxWaitMs = 2_000) {
      if (inFlight === 0) return Promise.resolve();
      return new Promise((resolve) => {
        waiting.push(resolve);
        setTimeout(resolve, maxWaitMs);
      });
    },
    isEcho(event, userId) {
      if (userId === null || event.actorId !== userId || event.ids.length === 0) return false;
      const at = now();
      const named = [...event.ids, ...(event.rescheduledTaskIds ?? [])];
      const index = answers.findIndex(
        (held) => at - held.at <= RECENT_MS && named.every((id) => held.ids.has(id)),
      );
      if (index < 0) return false;
      answers.splice(index, 1);
      return true;
    },
  };
}

/** This tab's writes (the query client's mutation cache reports them). */
export const ownWrites = createOwnWrites();
