import type { ChangeEvent, ChangeFeed, ChangeListener } from './change-feed';

/** The IPC message that carries one change between serving processes of a cluster. */
export interface ClusterChangeMessage {
  readonly type: 'tandem:change';
  readonly event: ChangeEvent;
}

/** Whether an IPC message is a change relayed between cluster workers. */
export function isClusterChange(message: unknown): message is ClusterChangeMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'tandem:change' &&
    typeof (message as { event?: unknown }).event === 'object'
  );
}

/** What the feed needs of the process it runs in (a cluster worker's `process`). */
export interface ClusterChannel {
  send(message: ClusterChangeMessage): void;
  onMessage(handler: (message: unknown) => void): () => void;
}

/**
 * The change feed of one serving process among several on one SQLite file (`TANDEM_WORKERS`):
 * a write published here reaches this process's live sockets at once and the other processes'
 * through the cluster primary, which relays it to every other worker (relayClusterChanges).
 * PostgreSQL needs none of this: LISTEN/NOTIFY reaches every process.
 */
export class ClusterChangeFeed implements ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();
  private readonly unlisten: () => void;

  constructor(private readonly channel: ClusterChannel) {
    this.unlisten = channel.onMessage((message) => {
      if (isClusterChange(message)) this.deliver(message.event);
    });
  }

  publish(event: ChangeEvent): void {
    this.deliver(event);
    this.channel.send({ type: 'tandem:change', event });
  }

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.unlisten();
    this.listeners.clear();
  }

  private deliver(event: ChangeEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

/** A cluster worker's channel to the primary (`process.send` and its `message` events). */
export function workerChannel(): ClusterChannel {
  return {
    send: (message) => {
      process.send?.(message);
    },
    onMessage: (handler) => {
      process.on('message', handler);
      return () => process.off('message', handler);
    },
  };
}
