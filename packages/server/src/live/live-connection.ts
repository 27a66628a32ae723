import {
  type LiveServerMessage,
  type LiveTarget,
  liveClientMessageSchema,
  liveCloseCodes,
} from '@tandem/api';
import type { ChangeEvent } from './change-feed';
import type { LiveAccess, ResolvedTarget } from './live-access';

/** The part of a WebSocket a connection uses (ws's WebSocket has it; tests pass a fake). */
export interface LiveSocket {
  send(data: string): void;
  /** Bytes queued and not yet written to the network. */
  readonly bufferedAmount: number;
  close(code: number, reason: string): void;
}

export interface LiveConnectionOptions {
  /** How long a membership check is trusted before it is asked again, milliseconds. */
  readonly membershipTtlMs: number;
  /** A client with more than this many bytes waiting to be sent is dropped (it reconnects). */
  readonly maxBufferedBytes: number;
  readonly maxSubscriptions: number;
  readonly heartbeatMs: number;
}

interface Subscription {
  readonly target: LiveTarget;
  readonly resolved: ResolvedTarget;
}

const targetKey = (target: LiveTarget): string =>
  'projectId' in target ? `p:${target.projectId}` : `w:${target.workspaceId}`;

/**
 * One viewer's socket: its subscriptions, and the delivery of change events to it. Every event is
 * delivered only after the user's membership of the event's workspace was confirmed within
 * `membershipTtlMs`, so a member removed from a workspace stops receiving its events at once.
 */
export class LiveConnection {
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly memberships = new Map<string, { checkedAt: number; member: Promise<boolean> }>();
  /** Deliveries run one after another, in the order the feed gave them. */
  private queue: Promise<void> = Promise.resolve();
  private closed = false;
  /** Set on every pong; the heartbeat drops a socket that stays silent for a whole period. */
  alive = true;

  constructor(
    private readonly socket: LiveSocket,
    readonly userId: string,
    private readonly access: LiveAccess,
    private readonly options: LiveConnectionOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.send({ type: 'ready', userId, heartbeatMs: options.heartbeatMs });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Whether any subscription may want events of this workspace. */
  follows(workspaceId: string): boolean {
    for (const { resolved } of this.subscriptions.values())
      if (resolved.workspaceId === workspaceId) return true;
    return false;
  }

  /** Handles one frame from the client; bad frames get an `error` frame, never an exception. */
  async receive(data: string | null): Promise<void> {
    if (data === null) return this.error('bad-message', 'binary frames are not accepted: send JSON text');
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return this.error('bad-message', 'the frame is not JSON');
    }
    const parsed = liveClientMessageSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? issue.path.join('.') : 'message';
      const ref =
        typeof (json as { ref?: unknown })?.ref === 'string' ? (json as { ref: string }).ref : undefined;
      return this.error('bad-message', `${where}: ${issue?.message ?? 'invalid'}`, ref);
    }
    const message = parsed.data;
    if (message.type === 'ping') return this.send({ type: 'pong', ref: message.ref });
    const key = targetKey(message.target);
    if (message.type === 'unsubscribe') {
      this.subscriptions.delete(key);
      return this.send({
        type: 'unsubscribed',
        target: message.target,
        reason: 'requested',
        ref: message.ref,
      });
    }
    if (!this.subscriptions.has(key) && this.subscriptions.size >= this.options.maxSubscriptions) {
      return this.error(
        'too-many-subscriptions',
        `at most ${this.options.maxSubscriptions} subscriptions per socket`,
        message.ref,
      );
    }
    const resolved = await this.access.resolve(this.userId, message.target);
    if (!resolved) {
      const what =
        'projectId' in message.target
          ? `project ${message.target.projectId}`
          : `workspace ${message.target.workspaceId}`;
      return this.error('not-found', `${what} not found`, message.ref);
    }
    this.memberships.set(resolved.workspaceId, { checkedAt: this.now(), member: Promise.resolve(true) });
    this.subscriptions.set(key, { target: message.target, resolved });
    this.send({ type: 'subscribed', target: message.target, ref: message.ref });
  }

  /** Queues an event for delivery (in order) to the subscriptions it concerns. */
  offer(event: ChangeEvent): Promise<void> {
    if (this.closed || !this.follows(event.workspaceId)) return this.queue;
    this.queue = this.queue.then(() => this.deliver(event)).catch(() => this.close(1011, 'delivery failed'));
    return this.queue;
  }

  /** Re-asks every membership now (the heartbeat calls it), revoking lost ones. */
  async recheck(): Promise<void> {
    const workspaces = new Set([...this.subscriptions.values()].map((s) => s.resolved.workspaceId));
    this.memberships.clear();
    for (const workspaceId of workspaces) await this.isMember(workspaceId);
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.subscriptions.clear();
    this.socket.close(code, reason);
  }

  /** Marks the socket closed from the outside (the peer went away). */
  dispose(): void {
    this.closed = true;
    this.subscriptions.clear();
  }

  private async deliver(event: ChangeEvent): Promise<void> {
    if (this.closed || !this.follows(event.workspaceId)) return;
    if (!(await this.isMember(event.workspaceId))) return;
    for (const { resolved } of this.subscriptions.values()) {
      if (resolved.workspaceId !== event.workspaceId) continue;
      // workspace-level objects (projectId null) concern every project of the workspace
      if (resolved.projectId === null || event.projectId === null || resolved.projectId === event.projectId) {
        this.send({ type: 'change', event });
        return;
      }
    }
  }

  /** Membership, asked again once the last answer is older than the TTL; revokes when lost. */
  private async isMember(workspaceId: string): Promise<boolean> {
    const cached = this.memberships.get(workspaceId);
    if (cached && this.now() - cached.checkedAt < this.options.membershipTtlMs) return cached.member;
    const member = this.access.isMember(this.userId, workspaceId);
    this.memberships.set(workspaceId, { checkedAt: this.now(), member });
    if (await member) return true;
    this.memberships.delete(workspaceId);
    for (const [key, subscription] of this.subscriptions) {
      if (subscription.resolved.workspaceId !== workspaceId) continue;
      this.subscriptions.delete(key);
      this.send({ type: 'unsubscribed', target: subscription.target, reason: 'revoked' });
    }
    return false;
  }

  private error(
    code: Extract<LiveServerMessage, { type: 'error' }>['code'],
    message: string,
    ref?: string,
  ): void {
    this.send({ type: 'error', code, message, ...(ref === undefined ? {} : { ref }) });
  }

  private send(message: LiveServerMessage): void {
    if (this.closed) return;
    if (this.socket.bufferedAmount > this.options.maxBufferedBytes) {
      this.close(liveCloseCodes.tooSlow, 'too slow: reconnect and refetch');
      return;
    }
    this.socket.send(JSON.stringify(message));
  }
}
