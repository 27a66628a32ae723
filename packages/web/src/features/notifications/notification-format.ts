const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * When a notification arrived, as a person reads it: "just now", "5 min ago", "3 h ago", then the
 * date. `createdAt` is an ISO UTC instant; `now` epoch milliseconds (default the clock).
 */
export function timeAgo(createdAt: string, now: number = Date.now()): string {
  const at = Date.parse(createdAt);
  if (Number.isNaN(at)) throw new Error(`notification time: "${createdAt}" is not an ISO instant`);
  const ago = Math.max(0, now - at);
  if (ago < MINUTE_MS) return 'just now';
  if (ago < HOUR_MS) return `${Math.floor(ago / MINUTE_MS)} min ago`;
  if (ago < DAY_MS) return `${Math.floor(ago / HOUR_MS)} h ago`;
  return new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}
