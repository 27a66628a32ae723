import cluster from 'node:cluster';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { registerAssignmentRoutes } from './assignments/assignments.routes';
import { AssignmentsService } from './assignments/assignments.service';
import { registerAuthRoutes } from './auth/auth.routes';
import { AuthService } from './auth/auth.service';
import { installSessionHook } from './auth/session-hook';
import { registerBaselineRoutes } from './baselines/baselines.routes';
import { BaselinesService } from './baselines/baselines.service';
import { registerCalendarRoutes } from './calendars/calendars.routes';
import { CalendarsService } from './calendars/calendars.service';
import { APP_DEFAULTS, type AppConfig } from './config';
import { registerCostRoutes } from './costs/costs.routes';
import { CostsService } from './costs/costs.service';
import { TimesheetsService } from './costs/timesheets.service';
import { createDatabase, type DatabaseConfig, type DatabaseHandle } from './db/create-database';
import { migrateToLatest } from './db/migrate';
import { registerFeatureRoutes } from './features/features.routes';
import { FeaturesService } from './features/features.service';
import { registerFeedbackRoutes } from './feedback/feedback.routes';
import { FeedbackService } from './feedback/feedback.service';
import { registerGoalRoutes } from './goals/goals.routes';
import { GoalsService } from './goals/goals.service';
import { registerHealthRoutes } from './health/health.routes';
import { installErrorHandler } from './http/error-handler';
import { registerOpenApi } from './http/openapi';
import { ProblemError } from './http/problem-error';
import { requestValidatorCompiler } from './http/request-validator';
import { responseSerializerCompiler } from './http/response-serializer';
import { registerMspdiRoutes } from './imports/mspdi.routes';
import { MspdiService } from './imports/mspdi.service';
import { registerLevelingRoutes } from './leveling/leveling.routes';
import { LevelingService } from './leveling/leveling.service';
import { registerLinkRoutes } from './links/links.routes';
import { LinksService } from './links/links.service';
import type { ChangeFeed } from './live/change-feed';
import { createChangeFeed } from './live/create-change-feed';
import { type LiveRouteOptions, registerLiveRoutes } from './live/live.routes';
import { CompetitorsService } from './market/competitors.service';
import { registerMarketRoutes } from './market/market.routes';
import { MarketTrendsService } from './market/market-trends.service';
import { SwotService } from './market/swot.service';
import { announceNotifications } from './notifications/notification-announcer';
import { registerNotificationRoutes } from './notifications/notifications.routes';
import { NotificationsService } from './notifications/notifications.service';
import { registerProductRoutes } from './products/products.routes';
import { ProductsService } from './products/products.service';
import { registerProjectRoutes } from './projects/projects.routes';
import { ProjectsService } from './projects/projects.service';
import { DefectsService } from './quality/defects.service';
import { registerQualityRoutes } from './quality/quality.routes';
import { QualityService } from './quality/quality.service';
import { registerRaidRoutes } from './raid/raid.routes';
import { RaidService } from './raid/raid.service';
import { ReleasePlanningService } from './releases/release-planning.service';
import { registerReleaseRoutes } from './releases/releases.routes';
import { ReleasesService } from './releases/releases.service';
import { registerResourceRoutes } from './resources/resources.routes';
import { ResourcesService } from './resources/resources.service';
import { RiskActionsService } from './risks/risk-actions.service';
import { registerRiskRoutes } from './risks/risks.routes';
import { RisksService } from './risks/risks.service';
import { installPlanReplication } from './scheduling/plan-replication';
import { installPlanWarming } from './scheduling/plan-warming';
import { ProjectScheduler } from './scheduling/project-schedule.service';
import { registerScorecardRoutes } from './scorecards/scorecards.routes';
import { ScorecardsService } from './scorecards/scorecards.service';
import { registerShareLinkRoutes } from './share-links/share-links.routes';
import { ShareLinksService } from './share-links/share-links.service';
import { registerSimulationRoutes } from './simulations/simulations.routes';
import { SimulationsService } from './simulations/simulations.service';
import { registerStakeholderRoutes } from './stakeholders/stakeholders.routes';
import { StakeholdersService } from './stakeholders/stakeholders.service';
import { registerTaskRoutes } from './tasks/tasks.routes';
import { TasksService } from './tasks/tasks.service';
import { registerWebApp } from './web/web-app';
import { registerWorkloadRoutes } from './workload/workload.routes';
import { WorkloadService } from './workload/workload.service';
import { registerWorkspaceRoutes } from './workspaces/workspaces.routes';
import { WorkspacesService } from './workspaces/workspaces.service';

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's database (tests seed and inspect through it). */
    database: DatabaseHandle;
    /** Where committed writes are announced to live viewers (publish after commit only). */
    changeFeed: ChangeFeed;
    /** Whether answers are parsed against the contract before they are sent (AppConfig.checkResponses). */
    checksResponses: boolean;
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
  /** Keep projects' plans loaded off the request path (serving; tests leave it off). */
  readonly warmPlans?: boolean;
  /** The live-update feed (default: LISTEN/NOTIFY on PostgreSQL, in-process on SQLite). */
  readonly changeFeed?: ChangeFeed;
  /** Live socket tuning (tests: a short heartbeat). */
  readonly live?: Omit<Partial<LiveRouteOptions>, 'authenticate' | 'allowedOrigins'>;
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
  const ownedFeed = options.changeFeed
    ? null
    : await createChangeFeed(database, (line) => app.log.warn(line));
  app.decorate('changeFeed', options.changeFeed ?? (ownedFeed as NonNullable<typeof ownedFeed>).feed);
  if (ownedFeed) app.addHook('onClose', () => ownedFeed.close());
  if (ownsDatabase) app.addHook('onClose', async () => database.close());
  app.setValidatorCompiler(requestValidatorCompiler);
  app.decorate('checksResponses', config.checkResponses);
  app.setSerializerCompiler(responseSerializerCompiler(config.checkResponses));
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
  if (options.warmPlans) installPlanWarming(app, scheduler);
  // one of several processes serving one SQLite file: each follows the others' plan edits
  if (cluster.isWorker && database.dialect === 'sqlite') installPlanReplication(app, scheduler);
  const auth = new AuthService(db, config);
  installSessionHook(app, auth);
  await registerOpenApi(app);
  registerHealthRoutes(app, database);
  registerAuthRoutes(app, auth);
  registerWorkspaceRoutes(app, new WorkspacesService(db));
  registerProjectRoutes(app, new ProjectsService(db, scheduler));
  registerTaskRoutes(app, new TasksService(db, scheduler));
  registerLinkRoutes(app, new LinksService(db, scheduler));
  registerCalendarRoutes(app, new CalendarsService(db, scheduler));
  await registerMspdiRoutes(app, new MspdiService(db, scheduler));
  registerResourceRoutes(app, new ResourcesService(db, scheduler));
  registerAssignmentRoutes(app, new AssignmentsService(db, scheduler));
  registerBaselineRoutes(app, new BaselinesService(db));
  registerWorkloadRoutes(app, new WorkloadService(db));
  registerLevelingRoutes(app, new LevelingService(db, scheduler));
  registerRiskRoutes(app, new RisksService(db), new RiskActionsService(db));
  registerSimulationRoutes(app, new SimulationsService(db));
  registerCostRoutes(app, new CostsService(db), new TimesheetsService(db));
  registerQualityRoutes(app, new QualityService(db), new DefectsService(db));
  registerRaidRoutes(app, new RaidService(db));
  const features = new FeaturesService(db);
  registerFeatureRoutes(app, features);
  registerScorecardRoutes(app, new ScorecardsService(db));
  registerFeedbackRoutes(app, new FeedbackService(db, features));
  const releases = new ReleasesService(db);
  registerReleaseRoutes(app, releases, new ReleasePlanningService(db, releases));
  registerShareLinkRoutes(app, new ShareLinksService(db));
  registerGoalRoutes(app, new GoalsService(db));
  registerProductRoutes(app, new ProductsService(db));
  registerStakeholderRoutes(app, new StakeholdersService(db));
  registerMarketRoutes(app, {
    competitors: new CompetitorsService(db),
    trends: new MarketTrendsService(db),
    swot: new SwotService(db),
  });
  registerNotificationRoutes(app, new NotificationsService(db));
  announceNotifications(app, db);
  await registerLiveRoutes(app, {
    ...options.live,
    allowedOrigins: config.allowedOrigins,
    authenticate: (token) => auth.authenticate(token),
  });
  await registerWebApp(app, config.webDist);
  return app;
}
