import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerAuthRoutes } from './auth/auth.routes';
import { AuthService } from './auth/auth.service';
import { installSessionHook } from './auth/session-hook';
import { APP_DEFAULTS, type AppConfig } from './config';
import { createDatabase, type DatabaseConfig, type DatabaseHandle } from './db/create-database';
import { migrateToLatest } from './db/migrate';
import { registerHealthRoutes } from './health/health.routes';
import { installErrorHandler } from './http/error-handler';
import { registerOpenApi } from './http/openapi';
import { ProblemError } from './http/problem-error';
import { registerProjectRoutes } from './projects/projects.routes';
import { ProjectsService } from './projects/projects.service';
import { ProjectScheduler } from './scheduling/project-schedule.service';
import { registerTaskRoutes } from './tasks/tasks.routes';
import { TasksService } from './tasks/tasks.service';
import { registerWebApp } from './web/web-app';
import { registerWorkspaceRoutes } from './workspaces/workspaces.routes';
import { WorkspacesService } from './workspaces/workspaces.service';

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's database (tests seed and inspect through it). */
    database: DatabaseHandle;
  }
}

/**
 * What `buildApp` takes: where the data is (a config to open, or a handle already open, which the
 * caller then closes), and any of the `AppConfig` settings (defaults in APP_DEFAULTS).
 */
export type BuildAppOptions = Partial<Omit<AppConfig, 'database'>> & {
  readonly database: DatabaseConfig | DatabaseHandle;
  /** Run migrations before serving (default true). */
  readonly migrate?: boolean;
  /** A scheduler to use instead of the engine's (tests). */
  readonly scheduler?: ProjectScheduler;
};

/**
 * Builds the Tandem HTTP app: opens (or takes) the database, migrates it, and registers the API,
 * OpenAPI docs and the web app. `app.close()` closes a database the app opened itself.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const config: Omit<AppConfig, 'database'> = { ...APP_DEFAULTS, ...options };
  const ownsDatabase = !('db' in options.database);
  const database = 'db' in options.database ? options.database : createDatabase(options.database);
  try {
    if (options.migrate !== false) await migrateToLatest(database.db);
  } catch (error) {
    if (ownsDatabase) await database.close();
    throw error;
  }

  const app = Fastify({
    logger: config.logger === false ? false : { level: config.logger },
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    // one line per API call is useful; one per static asset or health probe is noise
    logController: new LogController({
      disableRequestLogging: (request) => !request.url.startsWith('/api/') || request.url === '/api/health',
    }),
    // Fastify's default would answer a bad parameter before our zod schemas get to name it
    routerOptions: { maxParamLength: 200 },
  });
  app.decorate('database', database);
  if (ownsDatabase) app.addHook('onClose', async () => database.close());
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  // the API speaks JSON only: any other body is a 415 problem, not a string to validate
  app.removeContentTypeParser('text/plain');

  await app.register(fastifyCookie);
  if (config.rateLimit) {
    const { max, timeWindowMs } = config.rateLimit;
    await app.register(fastifyRateLimit, {
      global: true,
      // only the API is limited: the web app's static files are cheap and cached
      allowList: (request) => !request.url.startsWith('/api/'),
      max,
      timeWindow: timeWindowMs,
      errorResponseBuilder: (_request, context) =>
        new ProblemError({
          status: 429,
          type: '/problems/too-many-requests',
          title: 'Too many requests',
          detail: `more than ${context.max} requests in ${context.after}: slow down`,
          headers: { 'retry-after': String(Math.ceil(context.ttl / 1000)) },
        }),
    });
  }

  const db = database.db;
  const scheduler = options.scheduler ?? new ProjectScheduler();
  const auth = new AuthService(db, config);
  installSessionHook(app, auth);
  await registerOpenApi(app);
  registerHealthRoutes(app, database);
  registerAuthRoutes(app, auth);
  registerWorkspaceRoutes(app, new WorkspacesService(db));
  registerProjectRoutes(app, new ProjectsService(db, scheduler));
  registerTaskRoutes(app, new TasksService(db, scheduler));
  await registerWebApp(app, config.webDist);
  return app;
}
