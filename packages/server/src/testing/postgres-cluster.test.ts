import { existsSync } from 'node:fs';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startPostgresCluster } from './postgres-cluster';

describe('startPostgresCluster', () => {
  it('starts a cluster that accepts connections, and removes it on stop', async () => {
    const cluster = await startPostgresCluster();
    let dataDirectory = '';
    try {
      const client = new pg.Client({ connectionString: cluster.url });
      await client.connect();
      try {
        const result = await client.query<{ fsync: string; data_directory: string }>(
          "select current_setting('fsync') as fsync, current_setting('data_directory') as data_directory",
        );
        expect(result.rows[0].fsync).toBe('off');
        dataDirectory = result.rows[0].data_directory;
        expect(existsSync(dataDirectory)).toBe(true);
      } finally {
        await client.end();
      }
    } finally {
      await cluster.stop();
    }
    expect(existsSync(dataDirectory)).toBe(false);
    await cluster.stop(); // twice is harmless
  });

  it('fails loudly, naming the binary, when the PostgreSQL binaries are not where it looks', async () => {
    await expect(startPostgresCluster({ binDir: '/nonexistent/postgresql/bin' })).rejects.toThrow(
      /could not start a PostgreSQL test cluster: .*\/nonexistent\/postgresql\/bin\/initdb/,
    );
  });
});
