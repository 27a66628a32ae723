import type { Kysely } from 'kysely';
import type { LoginThrottleConfig } from '../config';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import {
  clearLoginFailuresForEmail,
  deleteLoginFailuresBefore,
  listLoginFailuresSince,
  recordLoginFailure,
} from './login-throttle.repository';

/**
 * Brute-force protection for sign-in: failures are counted per email and per client IP over a
 * sliding window. Once either count reaches `maxFailures`, sign-in is refused (without checking
 * the password) until the oldest counted failure leaves the window.
 */
export class LoginThrottle {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly config: LoginThrottleConfig,
  ) {}

  /** Seconds until a sign-in may be tried again for this email/IP, or 0 when allowed now. */
  async retryAfterSeconds(email: string, ip: string, now: number = Date.now()): Promise<number> {
    const since = new Date(now - this.config.windowMs).toISOString();
    let waitMs = 0;
    for (const [column, value] of [
      ['email', email],
      ['ip', ip],
    ] as const) {
      const failures = await listLoginFailuresSince(this.db, column, value, since);
      if (failures.length < this.config.maxFailures) continue;
      // the window reopens when enough of the oldest failures expire to drop below the limit
      const release = failures[failures.length - this.config.maxFailures];
      waitMs = Math.max(waitMs, Date.parse(release) + this.config.windowMs - now);
    }
    return waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 1000)) : 0;
  }

  async recordFailure(email: string, ip: string, now: number = Date.now()): Promise<void> {
    await recordLoginFailure(this.db, { id: newId(now), email, ip, failed_at: new Date(now).toISOString() });
  }

  /** A successful sign-in ends the run of failures for that email. */
  async recordSuccess(trx: Kysely<Database>, email: string): Promise<void> {
    await clearLoginFailuresForEmail(trx, email);
  }

  /** Drops failures older than the window (housekeeping). */
  async prune(now: number = Date.now()): Promise<void> {
    await deleteLoginFailuresBefore(this.db, new Date(now - this.config.windowMs).toISOString());
  }
}
