import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from './postgres-cluster';
import './provided-context';

/**
 * Vitest globalSetup of the server project: one PostgreSQL server for the whole run. Uses
 * `TANDEM_TEST_PG_URL` when set (a role allowed to CREATE DATABASE), else starts a throwaway
 * cluster and stops it in teardown. Test files each create their own database on it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.TANDEM_TEST_PG_URL;
  if (external) {
    console.log(`[server tests] PostgreSQL: using TANDEM_TEST_PG_URL (${redactPassword(external)})`);
    project.provide('tandemPostgresUrl', external);
    return async () => {};
  }
  const cluster = await startPostgresCluster({ log: (line) => console.log(`[server tests] ${line}`) });
  project.provide('tandemPostgresUrl', cluster.url);
  return () => cluster.stop();
}

function redactPassword(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
