import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dechunk, HttpConnection } from './bench-http-connection';

let server: Server;
let port = 0;
const seen: { method: string; url: string; cookie?: string; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', cookie: req.headers.cookie, body });
      if (req.url === '/chunked') {
        // node sends a response without a length as chunked, each write its own chunk
        res.writeHead(201, { 'content-type': 'text/plain' });
        res.write('héllo ');
        setTimeout(() => res.end('wörld'), 5);
      } else if (req.url === '/close') {
        res.writeHead(200, { connection: 'close', 'content-length': '3' });
        res.end('bye');
      } else {
        res.writeHead(409, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ echo: body }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('HttpConnection', () => {
  it('sends requests with the common headers and reads answers by length and by chunks', async () => {
    const connection = new HttpConnection('127.0.0.1', port, 'cookie: s=1\r\n');
    const json = await connection.send('PATCH', '/x', '{"a":"ä"}');
    expect(json).toEqual({ status: 409, body: '{"echo":"{\\"a\\":\\"ä\\"}"}' });
    expect(await connection.send('GET', '/chunked')).toEqual({ status: 201, body: 'héllo wörld' });
    expect(seen.at(-2)).toMatchObject({ method: 'PATCH', url: '/x', cookie: 's=1', body: '{"a":"ä"}' });
    connection.close();
  });

  it('opens a new connection after the server closes one', async () => {
    const connection = new HttpConnection('127.0.0.1', port, '');
    expect((await connection.send('GET', '/close')).body).toBe('bye');
    // the close may race the next request: the bench counts such a failure as a network error
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await connection.send('GET', '/chunked')).status).toBe(201);
    connection.close();
  });

  it('refuses a second request while one is in flight', async () => {
    const connection = new HttpConnection('127.0.0.1', port, '');
    const first = connection.send('GET', '/chunked');
    await expect(connection.send('GET', '/chunked')).rejects.toThrow(/already in flight/);
    expect((await first).status).toBe(201);
    connection.close();
  });
});

describe('dechunk', () => {
  it('waits for the last chunk and reports where the answer ends', () => {
    const whole = Buffer.from('HEAD4\r\nabcd\r\n2\r\nef\r\n0\r\n\r\nNEXT');
    expect(dechunk(whole.subarray(0, 20), 4)).toEqual([null, 0]);
    const [body, end] = dechunk(whole, 4);
    expect(body?.toString()).toBe('abcdef');
    expect(whole.subarray(end).toString()).toBe('NEXT');
  });
});
