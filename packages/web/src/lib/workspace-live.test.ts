import type { LiveChangeEvent } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import type { LiveStatus, SocketLike } from './live-socket';
import { joinWorkspaceLive, type LiveTransport, type WorkspaceLiveListener } from './workspace-live';

const WORKSPACE = '0190a0b0-0000-7000-8000-00000000000a';
const USER = '0190a0b0-0000-7000-8000-00000000000b';

class FakeSocket implements SocketLike {
  closed = false;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;
  send() {}
  close() {
    this.closed = true;
  }
  serverSends(message: unknown) {
    this.onmessage?.call(this as never, { data: JSON.stringify(message) } as MessageEvent);
  }
}

function harness() {
  const sockets: FakeSocket[] = [];
  const invalidated: string[] = [];
  const queryClient = {
    invalidateQueries: async (filters?: { queryKey?: readonly unknown[] }) => {
      invalidated.push(JSON.stringify(filters?.queryKey));
    },
  };
  const transport: LiveTransport = {
    baseUrl: 'ws://tandem.test',
    connect: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
  };
  const member = (name: string, statuses: LiveStatus[] = []) => {
    const listener: WorkspaceLiveListener = {
      keysFor: (event) => [[name, event.entity]],
      resyncKeys: [[name, 'all']],
    };
    return { listener: () => listener, onStatus: (status: LiveStatus) => statuses.push(status) };
  };
  return { sockets, invalidated, queryClient, transport, member };
}

const change: LiveChangeEvent = {
  workspaceId: WORKSPACE,
  projectId: null,
  entity: 'feature',
  kind: 'upsert',
  ids: [WORKSPACE],
  actorId: USER,
};

describe('workspace live channel', () => {
  it('shares one socket among its members, resyncs them once subscribed, and closes with the last', () => {
    const { sockets, invalidated, queryClient, transport, member } = harness();
    const bellStatuses: LiveStatus[] = [];
    const leaveBell = joinWorkspaceLive(queryClient, WORKSPACE, member('bell', bellStatuses), transport);
    const leavePage = joinWorkspaceLive(queryClient, WORKSPACE, member('page'), transport);
    expect(sockets).toHaveLength(1);

    sockets[0].serverSends({ type: 'ready', userId: USER, heartbeatMs: 15000 });
    sockets[0].serverSends({ type: 'subscribed', target: { workspaceId: WORKSPACE } });
    // the first subscription resyncs: a change between a page's first load and now was not announced
    expect(invalidated).toEqual(['["bell","all"]', '["page","all"]']);
    expect(bellStatuses).toEqual(['connecting', 'live']);

    invalidated.length = 0;
    sockets[0].serverSends({ type: 'change', event: change });
    expect(invalidated).toEqual(['["bell","feature"]', '["page","feature"]']);

    leavePage();
    expect(sockets[0].closed).toBe(false);
    leaveBell();
    expect(sockets[0].closed).toBe(true);
    // a later member opens a new channel
    const leave = joinWorkspaceLive(queryClient, WORKSPACE, member('again'), transport);
    expect(sockets).toHaveLength(2);
    leave();
  });

  it('tells a member that joins a live channel that it is live, and resyncs what it shows', () => {
    const { sockets, invalidated, queryClient, transport, member } = harness();
    const leaveFirst = joinWorkspaceLive(queryClient, WORKSPACE, member('first'), transport);
    sockets[0].serverSends({ type: 'ready', userId: USER, heartbeatMs: 15000 });
    sockets[0].serverSends({ type: 'subscribed', target: { workspaceId: WORKSPACE } });
    const statuses: LiveStatus[] = [];
    invalidated.length = 0;
    const leaveSecond = joinWorkspaceLive(queryClient, WORKSPACE, member('second', statuses), transport);
    expect(statuses).toEqual(['live']);
    expect(invalidated).toEqual(['["second","all"]']);
    leaveSecond();
    leaveFirst();
  });
});
