import type { LiveServerMessage } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor';
import { LocalChangeFeed } from './change-feed';
import type { LiveAccess } from './live-access';
import { type HeartbeatSocket, LiveHub } from './live-hub';

const WORKSPACE = '0190a0b0-0000-7000-8000-000000000001';
const PROJECT = '0190a0b0-0000-7000-8000-000000000002';
const USER = '0190a0b0-0000-7000-8000-000000000003';
const TASK = '0190a0b0-0000-7000-8000-000000000004';

class FakeSocket implements HeartbeatSocket {
  sent: LiveServerMessage[] = [];
  bufferedAmount = 0;
  closedWith: number | null = null;
  pings = 0;
  terminated = false;
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close(code: number) {
    this.closedWith = code;
  }
  ping() {
    this.pings++;
  }
  terminate() {
    this.terminated = true;
  }
}

function setUp(options: { session?: boolean } = {}) {
  const feed = new LocalChangeFeed();
  const members = new Set([USER]);
  const access: LiveAccess = {
    resolve: async (userId, target) => {
      if (!members.has(userId)) return null;
      if ('projectId' in target)
        return target.projectId === PROJECT ? { workspaceId: WORKSPACE, projectId: PROJECT } : null;
      return target.workspaceId === WORKSPACE ? { workspaceId: WORKSPACE, projectId: null } : null;
    },
    isMember: async (userId, workspaceId) => workspaceId === WORKSPACE && members.has(userId),
  };
  const actor: Actor = {
    userId: USER,
    sessionTokenHash: 'h',
    csrfToken: 'c',
    expiresAt: '2999-01-01T00:00:00Z',
  };
  const hub = new LiveHub(feed, access, {
    authenticate: async () => (options.session === false ? null : actor),
    heartbeatMs: 3_600_000,
    maxBufferedBytes: 1000,
    membershipTtlMs: 0,
    maxSubscriptions: 2,
  });
  const socket = new FakeSocket();
  const { connection } = hub.add(socket, actor, 'token');
  const event = {
    workspaceId: WORKSPACE,
    projectId: PROJECT,
    entity: 'task' as const,
    kind: 'upsert' as const,
    ids: [TASK],
    actorId: USER,
  };
  return { feed, hub, socket, connection, members, event };
}

describe('live hub', () => {
  it('greets, subscribes and relays feed events in order', async () => {
    const { feed, socket, connection, event } = setUp();
    expect(socket.sent[0]).toMatchObject({ type: 'ready', userId: USER });
    await connection.receive(JSON.stringify({ type: 'subscribe', target: { projectId: PROJECT } }));
    feed.publish(event);
    feed.publish({ ...event, kind: 'delete' });
    await connection.offer({ ...event, ids: [] });
    const changes = socket.sent.filter((m) => m.type === 'change');
    expect(changes.map((m) => m.type === 'change' && m.event.kind)).toEqual(['upsert', 'delete', 'upsert']);
  });

  it('drops a client that lets more than the limit pile up unread (backpressure)', async () => {
    const { feed, socket, connection, event } = setUp();
    await connection.receive(JSON.stringify({ type: 'subscribe', target: { projectId: PROJECT } }));
    socket.bufferedAmount = 5000;
    await connection.offer(event);
    expect(socket.closedWith).toBe(4408);
    feed.publish(event);
    expect(socket.sent.filter((m) => m.type === 'change')).toHaveLength(0);
  });

  it('limits subscriptions per socket', async () => {
    const { socket, connection } = setUp();
    await connection.receive(JSON.stringify({ type: 'subscribe', target: { projectId: PROJECT } }));
    await connection.receive(JSON.stringify({ type: 'subscribe', target: { workspaceId: WORKSPACE } }));
    await connection.receive(JSON.stringify({ type: 'subscribe', target: { workspaceId: USER } }));
    expect(socket.sent.at(-1)).toMatchObject({ type: 'error', code: 'too-many-subscriptions' });
  });

  it('pings every heartbeat and terminates a socket that missed the previous ping', async () => {
    const { hub, socket, connection } = setUp();
    await hub.heartbeat();
    expect(socket.pings).toBe(1);
    connection.alive = true; // the pong
    await hub.heartbeat();
    expect(socket.terminated).toBe(false);
    await hub.heartbeat();
    expect(socket.terminated).toBe(true);
    expect(hub.size).toBe(0);
  });

  it('revokes subscriptions at the heartbeat when the membership is gone, with no event needed', async () => {
    const { hub, socket, connection, members } = setUp();
    await connection.receive(JSON.stringify({ type: 'subscribe', target: { projectId: PROJECT } }));
    members.clear();
    await hub.heartbeat();
    expect(socket.sent.at(-1)).toMatchObject({
      type: 'unsubscribed',
      reason: 'revoked',
      target: { projectId: PROJECT },
    });
  });

  it('closes the socket when its session has ended', async () => {
    const { hub, socket } = setUp({ session: false });
    await hub.heartbeat();
    expect(socket.closedWith).toBe(4401);
  });
});
