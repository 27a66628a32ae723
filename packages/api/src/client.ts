import { ApiError } from './api-error';
import { CSRF_HEADER } from './contracts/auth';
import { type Problem, problemSchema } from './contracts/problem';
import { type FetchLike, type FetchResponseLike, globalFetch } from './fetch-like';
import {
  buildPath,
  type RouteArgs,
  type RouteDefinition,
  type RouteName,
  type RouteResult,
  routes,
} from './routes';

type Routes = typeof routes;

type HasRequiredArgs<R extends RouteDefinition> = R extends { params: unknown }
  ? true
  : R extends { body: unknown }
    ? true
    : false;

/** One method per route of `routes`, named like it. */
export type RouteMethods = {
  [K in RouteName]: HasRequiredArgs<Routes[K]> extends true
    ? (args: RouteArgs<Routes[K]>) => Promise<RouteResult<Routes[K]>>
    : (args?: RouteArgs<Routes[K]>) => Promise<RouteResult<Routes[K]>>;
};

export interface ClientOptions {
  /** Origin (and optional prefix) of the server, e.g. `http://localhost:4000`; '' = same origin. */
  readonly baseUrl: string;
  /** The fetch to use (default: the platform's global fetch). */
  readonly fetch?: FetchLike;
  /** A CSRF token already known (else taken from the first session answer). */
  readonly csrfToken?: string;
  /** Parse answers with the response schemas (default true): catches contract drift early. */
  readonly validateResponses?: boolean;
  /** Extra headers on every request (the CLI sends a Cookie header this way). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface TandemClient extends RouteMethods {
  /** The CSRF token sent as `x-csrf-token` on state-changing requests (null when signed out). */
  readonly csrfToken: string | null;
  setCsrfToken(token: string | null): void;
  /** Calls a route by name (what the named methods do). */
  call<K extends RouteName>(name: K, args?: RouteArgs<Routes[K]>): Promise<RouteResult<Routes[K]>>;
}

/**
 * A typed fetch client for the Tandem API. Cookies travel with every request
 * (`credentials: 'include'`); the session's CSRF token, remembered from sign-in, sign-up and
 * getSession, is sent on every state-changing request. Failures throw `ApiError` with the problem.
 */
export function createClient(options: ClientOptions): TandemClient {
  const doFetch = options.fetch ?? globalFetch();
  const validate = options.validateResponses ?? true;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  let csrfToken: string | null = options.csrfToken ?? null;

  // Untyped inside: the typed signatures (`call`, the named methods) are laid over it below, because
  // instantiating them over every route at once is a union too large for tsc.
  async function invoke(name: RouteName, given: unknown): Promise<unknown> {
    const route = (routes as Readonly<Record<string, RouteDefinition>>)[name];
    const a = (given ?? {}) as { params?: Record<string, unknown>; body?: unknown; query?: unknown };
    let url = baseUrl + buildPath(route.path, a.params);
    if (a.query && typeof a.query === 'object') {
      const pairs = Object.entries(a.query)
        .filter(([, value]) => value !== undefined && value !== null)
        .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
      if (pairs.length > 0) url += `?${pairs.join('&')}`;
    }
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (route.method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
    let body: string | undefined;
    if (a.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(a.body);
    }
    const response = await doFetch(url, { method: route.method, headers, body, credentials: 'include' });
    if (!response.ok) throw await toApiError(response, url);
    if (name === 'signOut') csrfToken = null;
    if (route.response === null || response.status === 204) return undefined;
    const json: unknown = await response.json();
    const result = validate ? route.response.parse(json) : json;
    if (
      result &&
      typeof result === 'object' &&
      'csrfToken' in result &&
      typeof result.csrfToken === 'string'
    ) {
      csrfToken = result.csrfToken;
    }
    return result;
  }
  const call = invoke as TandemClient['call'];

  const methods = Object.fromEntries(
    (Object.keys(routes) as RouteName[]).map((name) => [name, (args?: unknown) => invoke(name, args)]),
  ) as unknown as RouteMethods;

  return {
    ...methods,
    call,
    get csrfToken() {
      return csrfToken;
    },
    setCsrfToken(token: string | null) {
      csrfToken = token;
    },
  };
}

async function toApiError(response: FetchResponseLike, url: string): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  const problem = problemSchema.safeParse(parsed);
  if (problem.success) return new ApiError(problem.data);
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    detail: `${response.status} from ${url}${text ? `: ${text.slice(0, 200)}` : ''}`,
  };
  return new ApiError(fallback);
}
