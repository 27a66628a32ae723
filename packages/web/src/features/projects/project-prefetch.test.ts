import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { prefetchProject } from './project-prefetch';

const W = '0193e3b0-7c2a-7d4e-9a10-00000000000a';
const P = '0193e3b0-7c2a-7d4e-9a10-00000000000b';

// The api client takes the global fetch when the module loads: a fetch that records the paths
// asked for and never answers is in place before that.
const requested = vi.hoisted(() => {
  const paths: string[] = [];
  vi.stubGlobal('fetch', (input: string) => {
    paths.push(new URL(input, 'http://localhost').pathname);
    return new Promise(() => {});
  });
  return paths;
});

beforeEach(() => {
  requested.length = 0;
});
afterAll(() => vi.unstubAllGlobals());

/** The paths requested once the queries have started. */
async function paths(): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return [...requested].sort();
}

describe('prefetchProject', () => {
  it("starts the project's and the Gantt's requests together", async () => {
    prefetchProject(new QueryClient(), { workspaceId: W, projectId: P, view: undefined, preload: false });
    expect(await paths()).toEqual(
      [
        `/api/v1/projects/${P}`,
        `/api/v1/projects/${P}/assignments`,
        `/api/v1/projects/${P}/baselines`,
        `/api/v1/projects/${P}/links`,
        `/api/v1/projects/${P}/tasks`,
        `/api/v1/workspaces/${W}/resources`,
      ].sort(),
    );
  });

  it('fetches only the project and its tasks for another view', async () => {
    prefetchProject(new QueryClient(), { workspaceId: W, projectId: P, view: 'board', preload: false });
    expect(await paths()).toEqual([`/api/v1/projects/${P}`, `/api/v1/projects/${P}/tasks`]);
  });

  it('fetches only the project on a hover preload', async () => {
    prefetchProject(new QueryClient(), { workspaceId: W, projectId: P, view: undefined, preload: true });
    expect(await paths()).toEqual([`/api/v1/projects/${P}`]);
  });

  it('leaves data already cached alone', async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(['projects', P], { id: P });
    prefetchProject(queryClient, { workspaceId: W, projectId: P, view: 'board', preload: false });
    expect(await paths()).toEqual([`/api/v1/projects/${P}/tasks`]);
  });
});
