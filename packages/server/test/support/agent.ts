import { CSRF_HEADER, SESSION_COOKIE, type Session, sessionSchema } from '@tandem/api';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface AgentRequest {
  readonly method: Method;
  readonly url: string;
  /** A value sent as JSON. */
  readonly json?: unknown;
  /** Raw body text, sent as `application/json` unless headers say otherwise. */
  readonly raw?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Send the session's CSRF token (default: on every non-GET request while signed in). */
  readonly csrf?: boolean;
}

/**
 * A browser-like client over `app.inject`: keeps the session cookie the server sets (and forgets
 * it when the server clears it) and sends the session's CSRF token on state-changing requests.
 */
export class Agent {
  /** The `tandem_session` cookie value, or null when signed out. */
  cookie: string | null = null;
  csrfToken: string | null = null;
  session: Session | null = null;

  constructor(
    private readonly app: FastifyInstance,
    /** Client IP as the server sees it (sign-in throttling counts per IP). */
    private readonly remoteAddress = '127.0.0.1',
  ) {}

  async request(options: AgentRequest): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...options.headers };
    const sendCsrf = options.csrf ?? options.method !== 'GET';
    if (sendCsrf && this.csrfToken) headers[CSRF_HEADER] = this.csrfToken;
    let payload: string | undefined;
    if (options.raw !== undefined) payload = options.raw;
    else if (options.json !== undefined) payload = JSON.stringify(options.json);
    if (
      payload !== undefined &&
      !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')
    ) {
      headers['content-type'] = 'application/json';
    }
    const response = await this.app.inject({
      method: options.method,
      url: options.url,
      headers,
      ...(payload !== undefined ? { payload } : {}),
      ...(this.cookie ? { cookies: { [SESSION_COOKIE]: this.cookie } } : {}),
      remoteAddress: this.remoteAddress,
    });
    this.rememberCookie(response);
    return response;
  }

  get(url: string): Promise<LightMyRequestResponse> {
    return this.request({ method: 'GET', url });
  }

  post(url: string, json?: unknown): Promise<LightMyRequestResponse> {
    return this.request({ method: 'POST', url, json });
  }

  patch(url: string, json: unknown): Promise<LightMyRequestResponse> {
    return this.request({ method: 'PATCH', url, json });
  }

  delete(url: string): Promise<LightMyRequestResponse> {
    return this.request({ method: 'DELETE', url });
  }

  /** Signs up (201 expected) and keeps the session. */
  async signUp(email: string, password: string, name: string): Promise<Session> {
    const response = await this.post('/api/v1/auth/sign-up', { email, password, name });
    expect(response.statusCode, response.body).toBe(201);
    return this.rememberSession(response);
  }

  /** Signs in (200 expected) and keeps the session. */
  async signIn(email: string, password: string): Promise<Session> {
    const response = await this.post('/api/v1/auth/sign-in', { email, password });
    expect(response.statusCode, response.body).toBe(200);
    return this.rememberSession(response);
  }

  private rememberSession(response: LightMyRequestResponse): Session {
    const session = sessionSchema.parse(response.json());
    this.session = session;
    this.csrfToken = session.csrfToken;
    return session;
  }

  private rememberCookie(response: LightMyRequestResponse): void {
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
    if (!cookie) return;
    const cleared =
      cookie.value === '' ||
      (cookie.maxAge !== undefined && cookie.maxAge <= 0) ||
      (cookie.expires !== undefined && cookie.expires.getTime() <= Date.now());
    this.cookie = cleared ? null : cookie.value;
    if (cleared) {
      this.csrfToken = null;
      this.session = null;
    }
  }
}

/** A unique email for one test (accounts live in the shared per-file database). */
export function uniqueEmail(label: string): string {
  return `${label}-${Math.random().toString(36).slice(2, 10)}@example.test`;
}
