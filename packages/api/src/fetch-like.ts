/**
 * The part of the Fetch API the client uses. Declared here so `@tandem/api` needs neither the DOM
 * nor Node's type library: the browser's `fetch`, Node's, and test doubles all fit.
 */
export interface FetchRequestInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  credentials: 'include';
}

export interface FetchResponseLike {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  json(): Promise<unknown>;
  text(): Promise<string>;
}

export type FetchLike = (url: string, init: FetchRequestInit) => Promise<FetchResponseLike>;

/** The global `fetch` of the running platform (browser or Node ≥ 18), or an error saying it is missing. */
export function globalFetch(): FetchLike {
  const candidate = (globalThis as { fetch?: FetchLike }).fetch;
  if (typeof candidate !== 'function') {
    throw new TypeError('no global fetch: pass createClient({ fetch }) on this platform');
  }
  return (url, init) => candidate(url, init);
}
