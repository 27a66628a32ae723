import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { ChangeEvent, ChangeFeed, ChangeListener } from './change-feed';
import { decodeNotifyPayload, encodeNotifyPayloads } from './notify-payload';

/** The NOTIFY channel every Tandem process of one database listens on. */
export const CHANGE_CHANNEL = 'tandem_changes';

export interface PostgresChangeFeedOptions {
  readonly url: string;
  readonly channel?: string;
  /** Warnings (lost connection, bad payload); default: none. */
  readonly log?: (message: string) => void;
  /** Longest wait between reconnection attempts, milliseconds (default 5000). */
  readonly maxBackoffMs?: number;
}

/** Notifications kept while the connection is down; older ones are dropped (viewers refetch later). */
const MAX_PENDING = 1000;

/**
 * A change feed shared by every server process on one PostgreSQL database: `publish` delivers to
 * this process's listeners at once and sends the event (ids only, split below 8000 bytes) with
 * `pg_notify`; events other processes send arrive through `LISTEN`. One dedicated connection,
 * outside the pool (a pooled connection would lose its LISTEN when returned), re-established with
 * backoff when it drops.
 */
export class PostgresChangeFeed implements ChangeFeed {
  /** Tells this process's own notifications apart from other processes'. */
  readonly instanceId = randomUUID();
  private readonly listeners = new Set<ChangeListener>();
  private readonly channel: string;
  private readonly log: (message: string) => void;
  private readonly maxBackoffMs: number;
  private client: pg.Client | null = null;
  private connected = false;
  private closed = false;
  private pending: string[] = [];
  private sending: Promise<void> = Promise.resolve();
  private reconnectTimer: NodeJS.Timeout | null = null;
  private backoffMs = 100;

  private constructor(private readonly options: PostgresChangeFeedOptions) {
    this.channel = options.channel ?? CHANGE_CHANNEL;
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(this.channel)) {
      throw new Error(`change feed channel "${this.channel}" must be a lower-case SQL identifier`);
    }
    this.log = options.log ?? (() => {});
    this.maxBackoffMs = options.maxBackoffMs ?? 5000;
  }

  /** Connects and starts listening; rejects when the first connection fails. */
  static async start(options: PostgresChangeFeedOptions): Promise<PostgresChangeFeed> {
    const feed = new PostgresChangeFeed(options);
    await feed.connect();
    return feed;
  }

  publish(event: ChangeEvent): void {
    this.deliver(event);
    if (this.closed) return;
    this.pending.push(...encodeNotifyPayloads(this.instanceId, event));
    if (this.pending.length > MAX_PENDING) {
      this.log(`change feed: ${this.pending.length - MAX_PENDING} notifications dropped while disconnected`);
      this.pending = this.pending.slice(-MAX_PENDING);
    }
    this.flush();
  }

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends what is pending and closes the connection. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    await this.sending;
    const client = this.client;
    this.client = null;
    this.connected = false;
    await client?.end().catch(() => {});
  }

  private deliver(event: ChangeEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.log(`change feed listener failed: ${(error as Error).message}`);
      }
    }
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.url });
    client.on('notification', (message) => {
      if (message.channel !== this.channel || message.payload === undefined) return;
      try {
        const { origin, event } = decodeNotifyPayload(message.payload);
        if (origin !== this.instanceId) this.deliver(event);
      } catch (error) {
        this.log(`change feed: ignored a notification on ${this.channel}: ${(error as Error).message}`);
      }
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    await client.connect();
    await client.query(`LISTEN ${this.channel}`);
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    this.connected = true;
    this.backoffMs = 100;
    this.flush();
  }

  private lost(client: pg.Client, error: Error): void {
    if (this.client !== client || this.closed) return;
    this.client = null;
    this.connected = false;
    this.log(`change feed: lost the PostgreSQL LISTEN connection (${error.message}); reconnecting`);
    client.end().catch(() => {});
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer) return;
    const wait = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, this.maxBackoffMs);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect().catch((error: Error) => {
        this.log(`change feed: reconnecting failed (${error.message}); retrying in ${this.backoffMs} ms`);
        this.scheduleReconnect();
      });
    }, wait);
    this.reconnectTimer.unref();
  }

  /** Sends pending payloads one query at a time, in order. */
  private flush(): void {
    if (!this.connected || this.pending.length === 0) return;
    this.sending = this.sending.then(async () => {
      while (this.connected && this.client && this.pending.length > 0) {
        const payload = this.pending[0];
        try {
          await this.client.query('SELECT pg_notify($1, $2)', [this.channel, payload]);
          this.pending.shift();
        } catch (error) {
          this.log(`change feed: NOTIFY failed (${(error as Error).message})`);
          // a lost connection keeps the payload for after the reconnect; any other failure would
          // fail again, so the payload is dropped rather than blocking the ones behind it
          if (this.connected) this.pending.shift();
          else return;
        }
      }
    });
  }
}
