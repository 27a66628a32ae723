import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to port 4000 and SQLite under ./.tandem of the working directory', () => {
    const config = loadConfig({}, '/srv/app', null);
    expect(config.port).toBe(4000);
    expect(config.host).toBe('0.0.0.0');
    expect(config.database).toEqual({
      kind: 'sqlite',
      file: '/srv/app/.tandem/tandem.db',
      synchronous: 'normal',
    });
    expect(config.demo).toEqual({ enabled: true, password: null });
  });

  it('reads PORT, TANDEM_DATA_DIR, the demo switches and the rate limit', () => {
    const config = loadConfig(
      {
        PORT: '4123',
        TANDEM_DATA_DIR: 'data',
        TANDEM_DEMO: 'off',
        TANDEM_DEMO_PASSWORD: 'pw',
        TANDEM_RATE_LIMIT: '0',
      },
      '/srv/app',
      null,
    );
    expect(config.port).toBe(4123);
    expect(config.database).toEqual({
      kind: 'sqlite',
      file: '/srv/app/data/tandem.db',
      synchronous: 'normal',
    });
    expect(config.demo).toEqual({ enabled: false, password: 'pw' });
    expect(config.rateLimit).toBe(false);
  });

  it('checks answers against the contract only when TANDEM_CHECK_RESPONSES is on', () => {
    expect(loadConfig({}, '/', null).checkResponses).toBe(false);
    expect(loadConfig({ TANDEM_CHECK_RESPONSES: 'on' }, '/', null).checkResponses).toBe(true);
  });

  it('flushes every SQLite commit to disk when TANDEM_SQLITE_SYNC is full', () => {
    const config = loadConfig({ TANDEM_SQLITE_SYNC: 'FULL' }, '/srv/app', null);
    expect(config.database).toMatchObject({ kind: 'sqlite', synchronous: 'full' });
  });

  it('serves from one process unless TANDEM_WORKERS asks for more', () => {
    expect(loadConfig({}, '/', null).workers).toBe(1);
    expect(loadConfig({ TANDEM_WORKERS: '4' }, '/', null).workers).toBe(4);
    expect(() => loadConfig({ TANDEM_WORKERS: '0' }, '/', null)).toThrow(/TANDEM_WORKERS/);
  });

  it('runs helper threads 10 nice steps below the serving one unless TANDEM_HELPER_NICE says', () => {
    expect(loadConfig({}, '/', null).helperNice).toBe(10);
    expect(loadConfig({ TANDEM_HELPER_NICE: '0' }, '/', null).helperNice).toBe(0);
    expect(() => loadConfig({ TANDEM_HELPER_NICE: '20' }, '/', null)).toThrow(
      /TANDEM_HELPER_NICE .* 0 to 19/,
    );
  });

  it('checkpoints SQLite from a thread unless TANDEM_SQLITE_CHECKPOINTS is inline', () => {
    expect(loadConfig({}, '/', null).sqliteCheckpoints).toBe('background');
    expect(loadConfig({ TANDEM_SQLITE_CHECKPOINTS: 'Inline' }, '/', null).sqliteCheckpoints).toBe('inline');
    expect(() => loadConfig({ TANDEM_SQLITE_CHECKPOINTS: 'never' }, '/', null)).toThrow(
      /TANDEM_SQLITE_CHECKPOINTS/,
    );
  });

  it('chooses PostgreSQL from TANDEM_DATABASE_URL', () => {
    const config = loadConfig({ TANDEM_DATABASE_URL: 'postgres://u:p@db/tandem' }, '/', null);
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u:p@db/tandem' });
  });

  it('names the variable of a bad value', () => {
    expect(() => loadConfig({ PORT: 'eighty' }, '/', null)).toThrow(/PORT/);
    expect(() => loadConfig({ TANDEM_DATABASE_URL: 'mysql://x' }, '/', null)).toThrow(/TANDEM_DATABASE_URL/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' }, '/', null)).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ TANDEM_DEMO: 'maybe' }, '/', null)).toThrow(/TANDEM_DEMO/);
    expect(() => loadConfig({ TANDEM_SQLITE_SYNC: 'off' }, '/', null)).toThrow(/TANDEM_SQLITE_SYNC/);
  });
});
