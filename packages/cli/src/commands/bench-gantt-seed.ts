import { createClient, routes, SESSION_COOKIE, type Session, type TandemClient } from '@tandem/api';
import { formatDateTime, generateProject, type ProjectInput } from '@tandem/engine';
import { writeMspdi } from '@tandem/formats';

export interface SignedIn {
  readonly client: TandemClient;
  readonly session: Session;
  /** `tandem_session=…` for a browser context. */
  readonly sessionToken: string;
}

/** Signs in with email and password; the client then carries the session cookie and CSRF token. */
export async function signInClient(baseUrl: string, email: string, password: string): Promise<SignedIn> {
  const response = await fetch(`${baseUrl}${routes.signIn.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok)
    throw new Error(`sign-in as ${email} answered ${response.status}: ${await response.text()}`);
  const session = (await response.json()) as Session;
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`sign-in as ${email} set no ${SESSION_COOKIE} cookie`);
  const sessionToken = cookie.slice(SESSION_COOKIE.length + 1).split(';')[0];
  const client = createClient({
    baseUrl,
    csrfToken: session.csrfToken,
    headers: { cookie: `${SESSION_COOKIE}=${sessionToken}` },
    validateResponses: false,
  });
  return { client, session, sessionToken };
}

export interface SeededProject {
  readonly projectId: string;
  readonly taskCount: number;
  readonly linkCount: number;
  readonly how: 'import' | 'api' | 'seed-bench';
}

/** The import route's path when the API has one (`POST …/projects/import`, an MS Project XML body). */
export function importPath(): string | null {
  for (const route of Object.values(routes) as { method: string; path: string }[]) {
    if (route.method === 'POST' && route.path.endsWith('/projects/import')) return route.path;
  }
  return null;
}

/**
 * Creates the benchmark project in `workspaceId` from `generateProject({ tasks, seed })`: through
 * the MS Project XML import route when the API has it, else task by task and link by link (slow:
 * every write reschedules the project, so only for small projects).
 */
export async function seedGanttProject(
  signedIn: SignedIn,
  baseUrl: string,
  workspaceId: string,
  tasks: number,
  seed: number,
  log: (line: string) => void,
): Promise<SeededProject> {
  const project = generateProject({ tasks, seed });
  const path = importPath();
  if (path) return importProject(signedIn, baseUrl + path.replace(':workspaceId', workspaceId), project);
  log(`creating ${tasks} tasks and ${project.links.length} links one by one through the API…`);
  return createThroughApi(signedIn.client, workspaceId, project, log);
}

async function importProject(signedIn: SignedIn, url: string, project: ProjectInput): Promise<SeededProject> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/xml',
      accept: 'application/json',
      cookie: `${SESSION_COOKIE}=${signedIn.sessionToken}`,
      'x-csrf-token': signedIn.session.csrfToken,
    },
    body: writeMspdi(project),
  });
  const body = (await response.json().catch(() => null)) as { id?: string; project?: { id?: string } } | null;
  const projectId = body?.project?.id ?? body?.id;
  if (!response.ok || !projectId) {
    throw new Error(`importing the generated project answered ${response.status}: ${JSON.stringify(body)}`);
  }
  return { projectId, taskCount: project.tasks.length, linkCount: project.links.length, how: 'import' };
}

async function createThroughApi(
  client: TandemClient,
  workspaceId: string,
  project: ProjectInput,
  log: (line: string) => void,
): Promise<SeededProject> {
  const created = await client.createProject({
    params: { workspaceId },
    body: { name: project.settings.name, start: formatDateTime(project.settings.start) },
  });
  const ids = new Map<string, string>();
  const started = Date.now();
  for (const [index, task] of project.tasks.entries()) {
    const result = await client.createTask({
      params: { projectId: created.id },
      body: {
        name: task.name,
        duration: task.duration,
        durationUnit: task.durationUnit === '%' || task.durationUnit === 'e%' ? 'd' : task.durationUnit,
        milestone: task.milestone ?? false,
        parentId: task.parentId ? ids.get(task.parentId) : null,
      },
    });
    ids.set(task.id, result.task.id);
    if ((index + 1) % 1000 === 0)
      log(`  ${index + 1} tasks (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  let links = 0;
  for (const link of project.links) {
    const predecessorId = ids.get(link.predecessorId);
    const successorId = ids.get(link.successorId);
    if (!predecessorId || !successorId) continue;
    try {
      await client.createLink({
        params: { projectId: created.id },
        body: { predecessorId, successorId, type: link.type, lag: link.lag },
      });
      links++;
    } catch {
      // A link the server refuses (e.g. onto a summary of its own predecessor) is left out.
    }
    if (links % 1000 === 0) log(`  ${links} links (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  return { projectId: created.id, taskCount: project.tasks.length, linkCount: links, how: 'api' };
}
