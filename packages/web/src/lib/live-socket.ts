import {
  LIVE_PATH,
  type LiveChangeEvent,
  type LiveServerMessage,
  type LiveTarget,
  liveCloseCodes,
  liveServerMessageSchema,
} from '@tandem/api';

/** What the page can show: connecting (or reconnecting), live, or waiting to retry. */
export type LiveStatus = 'connecting' | 'live' | 'offline';

/** The part of the browser's WebSocket used here (tests pass a fake). */
export type SocketLike = Pick<WebSocket, 'send' | 'close' | 'onmessage' | 'onclose' | 'onerror'>;

export interface LiveSocketOptions {
  readonly target: LiveTarget;
  /** Opens a socket to the URL (the browser's `new WebSocket(url)`). */
  readonly connect: (url: string) => SocketLike;
  /** `ws(s)://host` of the server (same origin in the app). */
  readonly baseUrl: string;
  readonly onChange: (event: LiveChangeEvent) => void;
  /** Called after a reconnect: events may have been missed, refetch everything shown. */
  readonly onResync: () => void;
  /**
   * Also resync on the first subscription: for pages whose data is cheap to refetch, so a change
   * committed between their first fetch and the subscription is not missed.
   */
  readonly resyncOnFirstSubscribe?: boolean;
  readonly onStatus?: (status: LiveStatus) => void;
  /** First retry delay, milliseconds (doubles up to `maxBackoffMs`, with jitter). */
  readonly minBackoffMs?: number;
  readonly maxBackoffMs?: number;
  readonly random?: () => number;
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
}

/**
 * One live subscription that keeps itself connected: subscribes once the server says `ready`,
 * hands `change` events on, and after any drop reconnects with exponential backoff and jitter
 * (0.5 s doubling to 30 s), asking for a resync since events may have been missed meanwhile.
 */
export class LiveSocket {
  private socket: SocketLike | null = null;
  private timer: unknown = null;
  private attempt = 0;
  private stopped = false;
  private everLive = false;
  /** The signed-in user the socket is authenticated as (its `ready` frame), once connected. */
  userId: string | null = null;

  constructor(private readonly options: LiveSocketOptions) {}

  start(): void {
    this.stopped = false;
    this.open();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) (this.options.clearTimer ?? clearTimeout)(this.timer as never);
    this.timer = null;
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onclose = null;
      socket.close(1000, 'page left');
    }
  }

  private open(): void {
    this.options.onStatus?.('connecting');
    const socket = this.options.connect(`${this.options.baseUrl}${LIVE_PATH}`);
    this.socket = socket;
    socket.onmessage = (event: MessageEvent) => this.receive(socket, event.data);
    socket.onerror = () => {};
    socket.onclose = (event: CloseEvent) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.options.onStatus?.('offline');
      if (!this.stopped) this.retry(event.code);
    };
  }

  private receive(socket: SocketLike, data: unknown): void {
    if (typeof data !== 'string') return;
    let message: LiveServerMessage;
    try {
      const parsed = liveServerMessageSchema.safeParse(JSON.parse(data));
      if (!parsed.success) return;
      message = parsed.data;
    } catch {
      return;
    }
    switch (message.type) {
      case 'ready':
        this.userId = message.userId;
        socket.send(JSON.stringify({ type: 'subscribe', target: this.options.target }));
        return;
      case 'subscribed':
        this.attempt = 0;
        this.options.onStatus?.('live');
        if (this.everLive || this.options.resyncOnFirstSubscribe) this.options.onResync();
        this.everLive = true;
        return;
      case 'change':
        this.options.onChange(message.event);
        return;
      case 'unsubscribed':
        // access was revoked: stay offline; the page's own requests now answer 404
        if (message.reason === 'revoked') this.stop();
        this.options.onStatus?.('offline');
        return;
      default:
        return;
    }
  }

  private retry(code: number): void {
    const min = this.options.minBackoffMs ?? 500;
    const max = this.options.maxBackoffMs ?? 30_000;
    // a closed session will not come back by retrying fast
    const base = code === liveCloseCodes.unauthenticated ? max : Math.min(max, min * 2 ** this.attempt);
    this.attempt++;
    const delay = base / 2 + (this.options.random ?? Math.random)() * (base / 2);
    this.timer = (this.options.setTimer ?? setTimeout)(() => {
      this.timer = null;
      if (!this.stopped) this.open();
    }, delay);
  }
}
