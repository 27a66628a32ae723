import { connect, type Socket } from 'node:net';

/** An HTTP answer: its status and its body as text. */
export interface HttpAnswer {
  readonly status: number;
  readonly body: string;
}

const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * One keep-alive HTTP/1.1 connection sending one request at a time, written for the API
 * benchmark's load generator: it shares the machine's cores with the server it measures, and
 * node:http's client cost about 0.3 ms of CPU per request there, a third of what the server spent.
 * Requests are written as one buffer; answers are read by `Content-Length` or chunked encoding
 * (what Fastify sends). The connection opens on the first request and again after the server
 * closes it.
 */
export class HttpConnection {
  private socket: Socket | null = null;
  private buffered: Buffer = Buffer.alloc(0);
  private pending: { resolve(answer: HttpAnswer): void; reject(error: Error): void } | null = null;

  constructor(
    private readonly host: string,
    private readonly port: number,
    /** Header lines sent with every request (`name: value\r\n` each). */
    private readonly commonHeaders: string,
  ) {}

  send(method: string, path: string, body?: string): Promise<HttpAnswer> {
    if (this.pending) return Promise.reject(new Error('HttpConnection: a request is already in flight'));
    const socket = this.open();
    const length = body === undefined ? 0 : Buffer.byteLength(body);
    const head =
      `${method} ${path} HTTP/1.1\r\nhost: ${this.host}:${this.port}\r\n${this.commonHeaders}` +
      (body === undefined ? '\r\n' : `content-type: application/json\r\ncontent-length: ${length}\r\n\r\n`);
    return new Promise<HttpAnswer>((resolve, reject) => {
      this.pending = { resolve, reject };
      socket.write(body === undefined ? head : head + body);
    });
  }

  close(): void {
    this.socket?.destroy();
    this.socket = null;
  }

  private open(): Socket {
    if (this.socket && !this.socket.destroyed) return this.socket;
    const socket = connect({ host: this.host, port: this.port, noDelay: true });
    this.buffered = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
      this.parse();
    });
    const fail = (error: Error) => {
      if (this.socket === socket) this.socket = null;
      const pending = this.pending;
      this.pending = null;
      pending?.reject(error);
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('the server closed the connection')));
    this.socket = socket;
    return socket;
  }

  /** Completes the pending request once `buffered` holds its whole answer. */
  private parse(): void {
    const headerEnd = this.buffered.indexOf(HEADER_END);
    if (headerEnd < 0 || !this.pending) return;
    const head = this.buffered.toString('latin1', 0, headerEnd);
    const status = Number(head.slice(9, 12));
    const lengthMatch = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    let body: Buffer | null;
    let consumed: number;
    if (lengthMatch) {
      const length = Number(lengthMatch[1]);
      consumed = headerEnd + 4 + length;
      body = this.buffered.length >= consumed ? this.buffered.subarray(headerEnd + 4, consumed) : null;
    } else if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
      [body, consumed] = dechunk(this.buffered, headerEnd + 4);
    } else {
      this.fail(new Error(`an answer with neither Content-Length nor chunked encoding: ${head}`));
      return;
    }
    if (body === null) return;
    const text = body.toString('utf8');
    this.buffered = this.buffered.subarray(consumed);
    const pending = this.pending;
    this.pending = null;
    pending.resolve({ status, body: text });
  }

  private fail(error: Error): void {
    const pending = this.pending;
    this.pending = null;
    this.close();
    pending?.reject(error);
  }
}

/**
 * The body of a chunked answer starting at `from` in `data`, and the offset after it; a null
 * body while the last chunk has not arrived yet.
 */
export function dechunk(data: Buffer, from: number): [Buffer | null, number] {
  const parts: Buffer[] = [];
  let at = from;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', at);
    if (lineEnd < 0) return [null, 0];
    const size = Number.parseInt(data.toString('latin1', at, lineEnd), 16);
    if (!Number.isFinite(size)) throw new Error(`bad chunk size at byte ${at}`);
    if (size === 0) {
      // the last chunk, then (no trailers) the closing empty line
      if (data.length < lineEnd + 4) return [null, 0];
      return [Buffer.concat(parts), lineEnd + 4];
    }
    const start = lineEnd + 2;
    if (data.length < start + size + 2) return [null, 0];
    parts.push(data.subarray(start, start + size));
    at = start + size + 2;
  }
}
