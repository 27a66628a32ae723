import type { LiveChangeEvent } from '@tandem/api';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { LiveSocket, type LiveStatus } from './live-socket';
import { ownWrites } from './own-writes';

/** After a refetch, events arriving within this window are answered with one more, milliseconds. */
const COALESCE_MS = 50;

/**
 * The query keys to refetch for a change: everything of the project (its tasks, links,
 * assignments, baselines live under `['projects', id, …]`), the workspace's project list (task
 * counts, finish dates) and, for workspace-level objects (resources, calendars), the workspace's
 * keys (`['workspaces', id, …]`).
 */
export function keysToRefetch(projectId: string, event: LiveChangeEvent): readonly (readonly string[])[] {
  const keys: (readonly string[])[] = [
    ['projects', projectId],
    ['workspaces', event.workspaceId, 'projects'],
  ];
  if (event.projectId === null) keys.push(['workspaces', event.workspaceId, `${event.entity}s`]);
  return keys;
}

/**
 * Gathers query keys to refetch: the first batch runs at once; keys added during the next
 * `windowMs` run together in one more batch (a burst of writes must not become a burst of
 * requests), and so on while they keep coming.
 */
export function keyCoalescer(
  run: (keys: readonly (readonly string[])[]) => void,
  windowMs: number,
  timers: { set: (run: () => void, ms: number) => unknown; clear: (timer: unknown) => void } = {
    set: (task, ms) => setTimeout(task, ms),
    clear: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  },
) {
  const pending = new Map<string, readonly string[]>();
  let timer: unknown = null;
  const flush = () => {
    timer = null;
    if (pending.size === 0) return;
    const keys = [...pending.values()];
    pending.clear();
    run(keys);
    timer = timers.set(flush, windowMs);
  };
  return {
    add(keys: readonly (readonly string[])[]) {
      for (const key of keys) pending.set(JSON.stringify(key), key);
      if (timer === null) flush();
    },
    cancel() {
      if (timer !== null) timers.clear(timer);
      timer = null;
      pending.clear();
    },
  };
}

function invalidate(queryClient: QueryClient, keys: Iterable<readonly string[]>): void {
  for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey: [...queryKey] });
}

/** Entities whose writes the writing tab merges into its task and link lists itself. */
const MERGED_ENTITIES: ReadonlySet<string> = new Set(['task', 'link']);

/**
 * Whether `key` is under one of `prefixes` but is not `projectId`'s task or link list: what the
 * echo of the tab's own task or link write refetches (the write's answer is in those lists
 * already; the project, its schedule-derived views and the workspace's project list still follow).
 */
export function refetchedOnEcho(
  key: readonly unknown[],
  prefixes: readonly (readonly string[])[],
  projectId: string,
): boolean {
  if (key.length === 3 && key[0] === 'projects' && key[1] === projectId) {
    if (key[2] === 'tasks' || key[2] === 'links') return false;
  }
  return prefixes.some((prefix) => prefix.every((part, i) => key[i] === part));
}

/**
 * Follows a project live: opens the WebSocket (reconnecting with backoff), and when someone
 * changes the project refetches the TanStack Query data the page shows. Returns the connection
 * status for an indicator. Pass undefined to follow nothing.
 */
export function useLiveProject(projectId: string | undefined): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');

  useEffect(() => {
    if (!projectId || typeof WebSocket === 'undefined') return;
    const refetch = keyCoalescer((keys) => invalidate(queryClient, keys), COALESCE_MS);
    const schedule = refetch.add;
    const echoRefetch = keyCoalescer(
      (keys) =>
        void queryClient.invalidateQueries({
          predicate: (query) => refetchedOnEcho(query.queryKey, keys, projectId),
        }),
      COALESCE_MS,
    );
    const live = new LiveSocket({
      target: { projectId },
      baseUrl: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}`,
      connect: (url) => new WebSocket(url),
      onChange: (event) => {
        const keys = keysToRefetch(projectId, event);
        if (event.actorId !== live.userId || !MERGED_ENTITIES.has(event.entity)) return schedule(keys);
        // maybe the echo of this tab's own write, whose answer may still be on its way
        void ownWrites.idle().then(() => {
          if (ownWrites.isEcho(event, live.userId)) echoRefetch.add(keys);
          else schedule(keys);
        });
      },
      onResync: () => schedule([['projects', projectId], ['workspaces']]),
      onStatus: setStatus,
    });
    live.start();
    return () => {
      live.stop();
      refetch.cancel();
      echoRefetch.cancel();
    };
  }, [projectId, queryClient]);

  return status;
}
