import { liveCloseCodes } from '@tandem/api';
import type { Actor } from '../auth/actor';
import type { ChangeFeed } from './change-feed';
import type { LiveAccess } from './live-access';
import { LiveConnection, type LiveConnectionOptions, type LiveSocket } from './live-connection';

/** A socket the hub can also ping and kill (ws's WebSocket). */
export interface HeartbeatSocket extends LiveSocket {
  ping(): void;
  terminate(): void;
}

export interface LiveHubOptions extends LiveConnectionOptions {
  /** Checks that a session still holds (signed out or expired sessions are closed). */
  readonly authenticate: (sessionToken: string | undefined) => Promise<Actor | null>;
}

interface Entry {
  readonly connection: LiveConnection;
  readonly socket: HeartbeatSocket;
  readonly sessionToken: string | undefined;
}

/**
 * Every live socket of this process: fans the change feed out to them, and runs the heartbeat,
 * which pings each socket, drops those that did not answer the previous ping, and re-checks each
 * session and membership (so revoked access ends even when nothing is written).
 */
export class LiveHub {
  private readonly entries = new Set<Entry>();
  private readonly unsubscribe: () => void;
  private readonly timer: NodeJS.Timeout;

  constructor(
    feed: ChangeFeed,
    private readonly access: LiveAccess,
    private readonly options: LiveHubOptions,
  ) {
    this.unsubscribe = feed.subscribe((event) => {
      for (const { connection } of this.entries) void connection.offer(event);
    });
    this.timer = setInterval(() => void this.heartbeat(), options.heartbeatMs);
    this.timer.unref();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Adopts an authenticated socket; returns the connection and a function for its close event. */
  add(
    socket: HeartbeatSocket,
    actor: Actor,
    sessionToken: string | undefined,
  ): { connection: LiveConnection; remove: () => void } {
    const connection = new LiveConnection(socket, actor.userId, this.access, this.options);
    const entry: Entry = { connection, socket, sessionToken };
    this.entries.add(entry);
    return {
      connection,
      remove: () => {
        connection.dispose();
        this.entries.delete(entry);
      },
    };
  }

  /** One heartbeat round (exposed for tests). */
  async heartbeat(): Promise<void> {
    await Promise.all(
      [...this.entries].map(async (entry) => {
        const { connection, socket } = entry;
        if (connection.isClosed) return;
        if (!connection.alive) {
          connection.dispose();
          socket.terminate();
          this.entries.delete(entry);
          return;
        }
        connection.alive = false;
        socket.ping();
        try {
          if (!(await this.options.authenticate(entry.sessionToken))) {
            connection.close(liveCloseCodes.unauthenticated, 'the session ended: sign in again');
            return;
          }
          await connection.recheck();
        } catch {
          // a database hiccup: keep the socket, the next round asks again
        }
      }),
    );
  }

  /** Closes every socket (server shutdown) and stops the heartbeat. */
  close(): void {
    clearInterval(this.timer);
    this.unsubscribe();
    for (const { connection } of this.entries)
      connection.close(liveCloseCodes.goingAway, 'server shutting down');
    this.entries.clear();
  }
}
