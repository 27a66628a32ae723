import { LIVE_PATH, type LiveServerMessage } from '@tandem/api';
import WebSocket from 'ws';

/** A live socket for tests: every frame received is kept and can be awaited. */
export interface LiveTestClient {
  readonly socket: WebSocket;
  readonly received: LiveServerMessage[];
  send(message: unknown): void;
  /** The first frame (already received or arriving within `timeoutMs`) that matches. */
  next<T extends LiveServerMessage['type']>(
    type: T,
    match?: (message: Extract<LiveServerMessage, { type: T }>) => boolean,
    timeoutMs?: number,
  ): Promise<Extract<LiveServerMessage, { type: T }>>;
  /** Resolves with the close code. */
  closed(): Promise<number>;
  close(): void;
}

/**
 * Opens `ws://<baseUrl>/api/v1/live` with the cookie (and Origin, if given); rejects with the
 * HTTP status of a refused handshake (`Unexpected server response: 401`).
 */
export function openLiveClient(
  baseUrl: string,
  headers: { cookie?: string; origin?: string },
): Promise<LiveTestClient> {
  const url = `${baseUrl.replace(/^http/, 'ws')}${LIVE_PATH}`;
  const socket = new WebSocket(url, { headers: { ...headers } });
  const received: LiveServerMessage[] = [];
  const waiters = new Set<() => void>();
  socket.on('message', (data) => {
    received.push(JSON.parse(String(data)) as LiveServerMessage);
    for (const wake of waiters) wake();
  });
  const closedCode = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  const client: LiveTestClient = {
    socket,
    received,
    send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    next(type, match = () => true, timeoutMs = 2000) {
      type Wanted = Extract<LiveServerMessage, { type: typeof type }>;
      const find = () =>
        received.find((m): m is Wanted => m.type === type && match(m as Wanted)) as Wanted | undefined;
      return new Promise<Wanted>((resolve, reject) => {
        const found = find();
        if (found) return resolve(found);
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no "${type}" frame within ${timeoutMs} ms; got ${JSON.stringify(received)}`));
        }, timeoutMs);
        const check = () => {
          const hit = find();
          if (!hit) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(hit);
        };
        waiters.add(check);
      });
    },
    closed: () => closedCode,
    close: () => socket.close(),
  };
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(client));
    socket.once('error', reject);
  });
}
