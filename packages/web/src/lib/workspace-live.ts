import type { LiveChangeEvent } from '@tandem/api';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { LiveSocket, type LiveStatus, type SocketLike } from './live-socket';

export type QueryKeys = readonly (readonly unknown[])[];

/** What one page follows of a workspace's live changes. */
export interface WorkspaceLiveListener {
  /** The queries a change makes stale. */
  readonly keysFor: (event: LiveChangeEvent) => QueryKeys;
  /**
   * The queries to refetch once subscribed and after every reconnect: changes committed between
   * a page's first load and its subscription, or while offline, were not announced to it.
   */
  readonly resyncKeys: QueryKeys;
}

export interface WorkspaceLiveMember {
  readonly listener: () => WorkspaceLiveListener;
  readonly onStatus: (status: LiveStatus) => void;
}

interface Channel {
  readonly socket: LiveSocket;
  readonly members: Set<WorkspaceLiveMember>;
  status: LiveStatus;
}

// One socket per workspace, shared by every component that follows it (the header's bell and the
// page below it), opened by the first and closed with the last.
const channels = new Map<string, Channel>();

/** How a channel reaches the server (the browser's WebSocket on this origin, or a test's fake). */
export interface LiveTransport {
  readonly baseUrl: string;
  readonly connect: (url: string) => SocketLike;
}

function browserTransport(): LiveTransport {
  return {
    baseUrl: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}`,
    connect: (url) => new WebSocket(url),
  };
}

function refresh(queryClient: Pick<QueryClient, 'invalidateQueries'>, keys: QueryKeys): void {
  for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey: [...queryKey] });
}

/** Adds `member` to the workspace's channel (opening it if it is the first); answers the leave. */
export function joinWorkspaceLive(
  queryClient: Pick<QueryClient, 'invalidateQueries'>,
  workspaceId: string,
  member: WorkspaceLiveMember,
  transport: LiveTransport = browserTransport(),
): () => void {
  let channel = channels.get(workspaceId);
  if (!channel) {
    const members = new Set<WorkspaceLiveMember>();
    const created: Channel = {
      members,
      status: 'connecting',
      socket: new LiveSocket({
        target: { workspaceId },
        baseUrl: transport.baseUrl,
        connect: transport.connect,
        onChange: (event) => {
          for (const m of members) refresh(queryClient, m.listener().keysFor(event));
        },
        onResync: () => {
          for (const m of members) refresh(queryClient, m.listener().resyncKeys);
        },
        resyncOnFirstSubscribe: true,
        onStatus: (status) => {
          created.status = status;
          for (const m of members) m.onStatus(status);
        },
      }),
    };
    channel = created;
    channels.set(workspaceId, channel);
    channel.members.add(member);
    channel.socket.start();
  } else {
    channel.members.add(member);
    member.onStatus(channel.status);
    // joining a channel already live (the bell opened it): what this member shows may have been
    // cached before it joined, and the changes since were not announced to it
    if (channel.status === 'live') refresh(queryClient, member.listener().resyncKeys);
  }
  const joined = channel;
  return () => {
    joined.members.delete(member);
    if (joined.members.size > 0) return;
    joined.socket.stop();
    if (channels.get(workspaceId) === joined) channels.delete(workspaceId);
  };
}

/**
 * Follows a workspace live: refetches the queries `listener` names when someone changes
 * something, and resyncs once subscribed and after reconnects. Answers the connection status.
 */
export function useLiveWorkspace(workspaceId: string, listener: WorkspaceLiveListener): LiveStatus {
  const queryClient = useQueryClient();
  const latest = useRef(listener);
  latest.current = listener;
  const [status, setStatus] = useState<LiveStatus>('connecting');
  useEffect(() => {
    if (typeof WebSocket === 'undefined') return;
    return joinWorkspaceLive(queryClient, workspaceId, {
      listener: () => latest.current,
      onStatus: setStatus,
    });
  }, [workspaceId, queryClient]);
  return status;
}
