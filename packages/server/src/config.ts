import { resolve } from 'node:path';
import type { DatabaseConfig, SqliteSync } from './db/create-database';
import { parseAllowedOrigins } from './live/origin-check';
import { DEFAULT_HELPER_NICE } from './startup/helper-thread-priority';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface LoginThrottleConfig {
  /** Failed sign-ins allowed per email, and per client IP, within the window. */
  readonly maxFailures: number;
  readonly windowMs: number;
}

export interface AppConfig {
  readonly database: DatabaseConfig;
  /** Pino level, or false for no logging (tests). */
  readonly logger: LogLevel | false;
  /** General per-IP limit on `/api/` (requests per minute), or false to turn it off. */
  readonly rateLimit: { readonly max: number; readonly timeWindowMs: number } | false;
  readonly loginThrottle: LoginThrottleConfig;
  /** Largest accepted request body, bytes. */
  readonly bodyLimit: number;
  /** Trust `X-Forwarded-*` from a reverse proxy (for the Secure cookie flag and client IPs). */
  readonly trustProxy: boolean;
  /** Session lifetime, milliseconds. */
  readonly sessionTtlMs: number;
  /** Folder of the built web app, or null to serve the API only. */
  readonly webDist: string | null;
  /** Origins besides the server's own that may open live sockets (`scheme://host[:port]`). */
  readonly allowedOrigins: readonly string[];
  /** Parse every answer against its route's schema before sending it (tests; see responseSerializerCompiler). */
  readonly checkResponses: boolean;
}

/** What `tandem serve` needs beyond the app itself. */
export interface ServerConfig extends AppConfig {
  readonly port: number;
  readonly host: string;
  readonly demo: { readonly enabled: boolean; readonly password: string | null };
  /** Serving processes sharing the port (node:cluster); 1 serves from this process alone. */
  readonly workers: number;
  /**
   * Who checkpoints SQLite's log while serving: a background thread (the default), or the commit
   * that fills 1,000 pages, inside its request (SQLite's own way).
   */
  readonly sqliteCheckpoints: 'background' | 'inline';
  /**
   * Nice steps below the serving thread for the process's other threads (GC and compiler helpers,
   * libuv's pool, the checkpoint thread), Linux only; 0 leaves them (see lowerHelperThreads).
   */
  readonly helperNice: number;
}

const MINUTE_MS = 60_000;

/** The defaults `buildApp` fills in for any field a caller leaves out. */
export const APP_DEFAULTS: Omit<AppConfig, 'database'> = {
  logger: 'info',
  rateLimit: { max: 600, timeWindowMs: MINUTE_MS },
  loginThrottle: { maxFailures: 20, windowMs: 15 * MINUTE_MS },
  bodyLimit: 1024 * 1024,
  trustProxy: false,
  sessionTtlMs: 30 * 24 * 60 * MINUTE_MS,
  webDist: null,
  allowedOrigins: [],
  checkResponses: true,
};

const SQLITE_SYNCS: readonly SqliteSync[] = ['normal', 'full'];
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Reads the server configuration from environment variables (throws naming the variable on a bad
 * value): PORT (4000), HOST (0.0.0.0), TANDEM_DATA_DIR (`./.tandem` from `cwd`),
 * TANDEM_DATABASE_URL (postgres://… selects PostgreSQL), TANDEM_DEMO_PASSWORD, TANDEM_DEMO=off,
 * LOG_LEVEL (info), TANDEM_TRUST_PROXY (false), TANDEM_BODY_LIMIT (bytes, 1 MiB),
 * TANDEM_RATE_LIMIT (requests per minute per IP on /api/, 600; 0 = off), TANDEM_ALLOWED_ORIGINS
 * (comma-separated origins besides the server's own that may open live sockets),
 * TANDEM_SQLITE_SYNC (normal: a commit is not flushed to disk until the next checkpoint; full:
 * every commit is, see SqliteSync), TANDEM_CHECK_RESPONSES (false: answers are not parsed against
 * the contract before they are sent, as tests do), TANDEM_WORKERS (serving processes sharing the
 * port, 1), TANDEM_HELPER_NICE (nice steps below the serving thread for the process's helper
 * threads, 10; 0 = off), TANDEM_SQLITE_CHECKPOINTS (background: a thread checkpoints the log; inline: the
 * commit that fills the log checkpoints it, SQLite's own way).
 */
export function loadConfig(env: NodeJS.ProcessEnv, cwd: string, webDist: string | null): ServerConfig {
  const databaseUrl = env.TANDEM_DATABASE_URL?.trim();
  let database: DatabaseConfig;
  if (databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
      throw new Error('TANDEM_DATABASE_URL must start with postgres:// or postgresql://');
    }
    database = { kind: 'postgres', url: databaseUrl };
  } else {
    const dataDir = resolve(cwd, env.TANDEM_DATA_DIR?.trim() || '.tandem');
    const synchronous = (env.TANDEM_SQLITE_SYNC?.trim().toLowerCase() || 'normal') as SqliteSync;
    if (!SQLITE_SYNCS.includes(synchronous)) {
      throw new Error(`TANDEM_SQLITE_SYNC must be one of ${SQLITE_SYNCS.join(', ')}, got "${synchronous}"`);
    }
    database = { kind: 'sqlite', file: resolve(dataDir, 'tandem.db'), synchronous };
  }
  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const rateLimit = integer(env, 'TANDEM_RATE_LIMIT', 600, 0, 1_000_000);
  const demoSwitch = env.TANDEM_DEMO?.trim().toLowerCase();
  if (demoSwitch && !['on', 'off'].includes(demoSwitch)) throw new Error('TANDEM_DEMO must be "on" or "off"');
  return {
    ...APP_DEFAULTS,
    database,
    logger: logLevel,
    rateLimit: rateLimit === 0 ? false : { max: rateLimit, timeWindowMs: MINUTE_MS },
    bodyLimit: integer(env, 'TANDEM_BODY_LIMIT', APP_DEFAULTS.bodyLimit, 1024, 1024 * 1024 * 1024),
    trustProxy: boolean(env, 'TANDEM_TRUST_PROXY', false),
    webDist,
    allowedOrigins: parseAllowedOrigins(env.TANDEM_ALLOWED_ORIGINS),
    checkResponses: boolean(env, 'TANDEM_CHECK_RESPONSES', false),
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    demo: { enabled: demoSwitch !== 'off', password: env.TANDEM_DEMO_PASSWORD || null },
    workers: integer(env, 'TANDEM_WORKERS', 1, 1, 64),
    sqliteCheckpoints: oneOf(env, 'TANDEM_SQLITE_CHECKPOINTS', ['background', 'inline'] as const),
    helperNice: integer(env, 'TANDEM_HELPER_NICE', DEFAULT_HELPER_NICE, 0, 19),
  };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

/** The variable's value among `choices` (case-insensitive), the first choice when unset. */
function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, choices: readonly [T, ...T[]]): T {
  const text = env[name]?.trim().toLowerCase();
  if (!text) return choices[0];
  const found = choices.find((choice) => choice === text);
  if (!found) throw new Error(`${name} must be one of ${choices.join(', ')}, got "${text}"`);
  return found;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const text = env[name]?.trim().toLowerCase();
  if (!text) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  throw new Error(`${name} must be true or false, got "${text}"`);
}
