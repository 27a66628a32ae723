import type { z } from 'zod';
import { accountRoutes } from './route-groups/account';
import { baselineRoutes } from './route-groups/baselines';
import { calendarRoutes } from './route-groups/calendars';
import { costRoutes } from './route-groups/costs';
import { featureRoutes } from './route-groups/features';
import { feedbackRoutes } from './route-groups/feedback';
import { goalRoutes } from './route-groups/goals';
import { linkRoutes } from './route-groups/links';
import { marketRoutes } from './route-groups/market';
import { notificationRoutes } from './route-groups/notifications';
import { productRoutes } from './route-groups/products';
import { projectRoutes } from './route-groups/projects';
import { qualityRoutes } from './route-groups/quality';
import { raidRoutes } from './route-groups/raid';
import { releaseRoutes } from './route-groups/releases';
import { resourceRoutes } from './route-groups/resources';
import { riskRoutes } from './route-groups/risks';
import { scorecardRoutes } from './route-groups/scorecards';
import { shareLinkRoutes } from './route-groups/share-links';
import { simulationRoutes } from './route-groups/simulations';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Who may call a route: anyone, or a signed-in session (membership is checked per object). */
export type RouteAccess = 'public' | 'session';

/**
 * One endpoint of the API: the single source of truth from which the server registers its route
 * and the client builds its method. `path` uses `:name` placeholders filled from `params`.
 */
export interface RouteDefinition {
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly access: RouteAccess;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** Success status and its body schema; `null` for 204 No Content. */
  readonly status: 200 | 201 | 204;
  readonly response: z.ZodType | null;
}

/** Every endpoint, by the client method name. */
export const routes = {
  ...accountRoutes,
  ...projectRoutes,
  ...linkRoutes,
  ...calendarRoutes,
  ...resourceRoutes,
  ...baselineRoutes,
  ...riskRoutes,
  ...costRoutes,
  ...qualityRoutes,
  ...raidRoutes,
  ...featureRoutes,
  ...scorecardRoutes,
  ...feedbackRoutes,
  ...releaseRoutes,
  ...shareLinkRoutes,
  ...goalRoutes,
  ...productRoutes,
  ...marketRoutes,
  ...simulationRoutes,
  ...notificationRoutes,
} as const satisfies Record<string, RouteDefinition>;

export type Routes = typeof routes;
export type RouteName = keyof Routes;

type InputOf<S> = S extends z.ZodType ? z.input<S> : never;
type OutputOf<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a call to route `R` takes: `params` and `body` appear only when the route has them. */
export type RouteArgs<R extends RouteDefinition> = (R extends { params: z.ZodType }
  ? { params: InputOf<R['params']> }
  : { params?: undefined }) &
  (R extends { body: z.ZodType } ? { body: InputOf<R['body']> } : { body?: undefined }) &
  (R extends { query: z.ZodType } ? { query?: InputOf<R['query']> } : { query?: undefined });

/** What route `R` answers on success (`undefined` for 204). */
export type RouteResult<R extends RouteDefinition> = OutputOf<R['response']>;

/** Fills `:name` placeholders of a route path; throws naming a missing parameter. */
export function buildPath(path: string, params: Readonly<Record<string, unknown>> | undefined): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === '') {
      throw new TypeError(`missing path parameter "${name}" for ${path}`);
    }
    return encodeURIComponent(String(value));
  });
}
