/**
 * Whether a WebSocket handshake's Origin may open a live socket: browsers always send Origin on
 * WebSocket handshakes and cookies ride along, so a foreign page must be refused (cross-site
 * WebSocket hijacking). Allowed: the server's own host, and origins on the allow list
 * (`scheme://host[:port]`, exact). No Origin at all is a non-browser client, which holds its own
 * cookie and cannot be hijacked. Returns the refusal reason, or null when allowed.
 */
export function refuseOrigin(
  origin: string | undefined,
  host: string,
  allowed: readonly string[],
): string | null {
  if (origin === undefined) return null;
  if (origin === 'null') return 'an opaque origin ("null") may not open a live socket';
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return `the Origin header "${origin.slice(0, 100)}" is not a URL`;
  }
  if (url.host === host) return null;
  if (allowed.includes(url.origin)) return null;
  return `Origin ${url.origin} is neither this server (${host}) nor on the allowed origins`;
}

/**
 * Parses an allow list (`TANDEM_ALLOWED_ORIGINS`): comma-separated `scheme://host[:port]`.
 * Throws naming the entry that is not an origin.
 */
export function parseAllowedOrigins(text: string | undefined): string[] {
  if (!text?.trim()) return [];
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      let url: URL;
      try {
        url = new URL(entry);
      } catch {
        throw new Error(`TANDEM_ALLOWED_ORIGINS: "${entry}" is not an origin like https://plan.example.com`);
      }
      if (!['http:', 'https:'].includes(url.protocol) || url.origin !== entry.replace(/\/$/, '')) {
        throw new Error(`TANDEM_ALLOWED_ORIGINS: "${entry}" is not an origin like https://plan.example.com`);
      }
      return url.origin;
    });
}
