import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { announceWrite } from '../live/announce-write';
import type { CompetitorsService } from './competitors.service';
import type { MarketWrite } from './market-access';
import type { MarketTrendsService } from './market-trends.service';
import type { SwotService } from './swot.service';

export function registerMarketRoutes(
  app: FastifyInstance,
  services: { competitors: CompetitorsService; trends: MarketTrendsService; swot: SwotService },
): void {
  const { competitors, trends, swot } = services;
  // after commit: viewers of the market pages refetch (ids only on the wire)
  const announce = <T>(actorId: string, write: MarketWrite<T>, kind: 'upsert' | 'delete' = 'upsert'): T =>
    announceWrite(app, actorId, 'market', write, [write.id], kind);
  defineRoute(app, routes.listCompetitors, async ({ actor, params }) => ({
    items: await competitors.list(actor.userId, params.workspaceId),
  }));
  defineRoute(app, routes.createCompetitor, async ({ actor, params, body }) =>
    announce(actor.userId, await competitors.create(actor.userId, params.workspaceId, body)),
  );
  defineRoute(app, routes.getCompetitor, async ({ actor, params }) =>
    competitors.get(actor.userId, params.competitorId),
  );
  defineRoute(app, routes.updateCompetitor, async ({ actor, params, body }) =>
    announce(actor.userId, await competitors.update(actor.userId, params.competitorId, body)),
  );
  defineRoute(app, routes.deleteCompetitor, async ({ actor, params, query }) => {
    announce(
      actor.userId,
      await competitors.delete(actor.userId, params.competitorId, query.version),
      'delete',
    );
    return undefined;
  });
  defineRoute(app, routes.getComparisonMatrix, async ({ actor, params }) =>
    competitors.matrix(actor.userId, params.workspaceId),
  );
  defineRoute(app, routes.setComparisonCell, async ({ actor, params, body }) =>
    announce(
      actor.userId,
      await competitors.setCell(actor.userId, params.competitorId, params.featureId, body),
    ),
  );
  defineRoute(app, routes.listMarketTrends, async ({ actor, params }) => ({
    items: await trends.list(actor.userId, params.workspaceId),
  }));
  defineRoute(app, routes.createMarketTrend, async ({ actor, params, body }) =>
    announce(actor.userId, await trends.create(actor.userId, params.workspaceId, body)),
  );
  defineRoute(app, routes.updateMarketTrend, async ({ actor, params, body }) =>
    announce(actor.userId, await trends.update(actor.userId, params.trendId, body)),
  );
  defineRoute(app, routes.deleteMarketTrend, async ({ actor, params, query }) => {
    announce(actor.userId, await trends.delete(actor.userId, params.trendId, query.version), 'delete');
    return undefined;
  });
  defineRoute(app, routes.getSwot, async ({ actor, params }) => swot.get(actor.userId, params.productId));
  defineRoute(app, routes.putSwot, async ({ actor, params, body }) =>
    announce(actor.userId, await swot.put(actor.userId, params.productId, body)),
  );
}
