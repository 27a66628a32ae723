import type { Kysely } from 'kysely';
import { LoginThrottle } from '../auth/login-throttle.service';
import type { LoginThrottleConfig } from '../config';
import type { Database } from '../db/database.types';
import { nowUtc } from '../db/timestamps';
import { deleteExpiredSessions } from '../sessions/sessions.repository';

const HOUR_MS = 60 * 60_000;

/** Deletes expired sessions and login failures older than the throttle window, once. */
export async function runHousekeeping(db: Kysely<Database>, throttle: LoginThrottleConfig): Promise<number> {
  const expired = await deleteExpiredSessions(db, nowUtc());
  await new LoginThrottle(db, throttle).prune();
  return expired;
}

/**
 * Runs housekeeping now and then every `intervalMs` (an hour) without keeping the process alive;
 * returns the function that stops it. Failures are logged, never thrown.
 */
export function startHousekeeping(
  db: Kysely<Database>,
  throttle: LoginThrottleConfig,
  log: (message: string) => void,
  intervalMs: number = HOUR_MS,
): () => void {
  const run = () => {
    runHousekeeping(db, throttle).then(
      (expired) => {
        if (expired > 0) log(`housekeeping: deleted ${expired} expired sessions`);
      },
      (error: unknown) =>
        log(`housekeeping failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
