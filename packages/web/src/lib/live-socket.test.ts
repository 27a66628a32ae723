import type { LiveChangeEvent } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { LiveSocket, type LiveStatus, type SocketLike } from './live-socket';
import { keysToRefetch } from './live-updates';

const PROJECT = '0190a0b0-0000-7000-8000-000000000002';
const WORKSPACE = '0190a0b0-0000-7000-8000-000000000001';
const USER = '0190a0b0-0000-7000-8000-000000000003';

class FakeSocket implements SocketLike {
  sent: unknown[] = [];
  closed = false;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.closed = true;
  }
  serverSends(message: unknown) {
    this.onmessage?.call(this as never, { data: JSON.stringify(message) } as MessageEvent);
  }
  drop(code = 1006) {
    this.onclose?.call(this as never, { code } as CloseEvent);
  }
}

function setUp(resyncOnFirstSubscribe = false) {
  const sockets: FakeSocket[] = [];
  const timers: Array<{ run: () => void; ms: number }> = [];
  const events: LiveChangeEvent[] = [];
  const statuses: LiveStatus[] = [];
  let resyncs = 0;
  const live = new LiveSocket({
    target: { projectId: PROJECT },
    baseUrl: 'ws://tandem.test',
    connect: (url) => {
      expect(url).toBe('ws://tandem.test/api/v1/live');
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    onChange: (event) => events.push(event),
    onResync: () => resyncs++,
    resyncOnFirstSubscribe,
    onStatus: (status) => statuses.push(status),
    random: () => 1,
    setTimer: (run, ms) => timers.push({ run, ms }),
    clearTimer: () => {},
  });
  return { live, sockets, timers, events, statuses, resyncs: () => resyncs };
}

const change: LiveChangeEvent = {
  workspaceId: WORKSPACE,
  projectId: PROJECT,
  entity: 'task',
  kind: 'upsert',
  ids: [PROJECT],
  actorId: USER,
};

describe('live socket of the web app', () => {
  it('subscribes once the server is ready and hands change events on', () => {
    const { live, sockets, events, statuses } = setUp();
    live.start();
    sockets[0].serverSends({ type: 'ready', userId: USER, heartbeatMs: 15000 });
    expect(sockets[0].sent).toEqual([{ type: 'subscribe', target: { projectId: PROJECT } }]);
    sockets[0].serverSends({ type: 'subscribed', target: { projectId: PROJECT } });
    sockets[0].serverSends({ type: 'change', event: change });
    sockets[0].serverSends({ type: 'change', event: { nonsense: true } });
    expect(events).toEqual([change]);
    expect(statuses).toEqual(['connecting', 'live']);
  });

  it('reconnects with doubling backoff and asks for a resync after a drop', () => {
    const { live, sockets, timers, resyncs } = setUp();
    live.start();
    sockets[0].serverSends({ type: 'ready', userId: USER, heartbeatMs: 15000 });
    sockets[0].serverSends({ type: 'subscribed', target: { projectId: PROJECT } });
    sockets[0].drop();
    sockets[0].drop();
    expect(timers.map((t) => t.ms)).toEqual([500]);
    timers[0].run();
    sockets[1].drop();
    timers[1].run();
    expect(timers.map((t) => t.ms)).toEqual([500, 1000]);
    sockets[2].serverSends({ type: 'ready', userId: USER, heartbeatMs: 15000 });
    sockets[2].serverSends({ type: 'subscribed', target: { projectId: PROJECT } });
    expect(resyncs()).toBe(1);
    // a successful subscription resets the backoff
    sockets[2].drop();
    expect(timers.at(-1)?.ms).toBe(500);
  });

  it('resyncs on the first subscription only when asked to (changes since the first load)', () => {
    for (const asked of [false, true]) {
      const { live, sockets, resyncs } = setUp(asked);
      live.start();
      sockets[0].serverSends({ type: 'ready', userId: USER, heartbeatMs: 15000 });
      sockets[0].serverSends({ type: 'subscribed', target: { projectId: PROJECT } });
      expect(resyncs()).toBe(asked ? 1 : 0);
    }
  });

  it('waits the longest backoff after the session ended, and stops when stopped', () => {
    const { live, sockets, timers } = setUp();
    live.start();
    sockets[0].drop(4401);
    expect(timers[0].ms).toBe(30_000);
    live.stop();
    timers[0].run();
    expect(sockets).toHaveLength(1);
  });

  it('refetches the project, the project list and, for workspace objects, the workspace keys', () => {
    expect(keysToRefetch(PROJECT, change)).toEqual([
      ['projects', PROJECT],
      ['workspaces', WORKSPACE, 'projects'],
    ]);
    expect(keysToRefetch(PROJECT, { ...change, projectId: null, entity: 'resource' })).toContainEqual([
      'workspaces',
      WORKSPACE,
      'resources',
    ]);
  });
});
