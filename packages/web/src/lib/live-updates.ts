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
    const live = new LiveSocket({
      target: { projectId },
      baseUrl: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}`,
      connect: (url) => new WebSocket(url),
      onChange: (event) => {
        if (event.actorId !== live.userId) return schedule(keysToRefetch(projectId, event));
        // maybe the echo of this tab's own write, whose answer may still be on its way
        void ownWrites.idle().then(() => {
          if (!ownWrites.isEcho(event, live.userId)) schedule(keysToRefetch(projectId, event));
        });
      },
      onResync: () => schedule([['projects', projectId], ['workspaces']]),
      onStatus: setStatus,
    });
    live.start();
    return () => {
      live.stop();
      refetch.cancel();
    };
  }, [projectId, queryClient]);

  return status;
}
