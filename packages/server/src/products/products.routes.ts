import { routes } from '@tandem/api';
import type { FastifyInstance } from 'fastify';
import { defineRoute } from '../http/define-route';
import { announceWrite } from '../live/announce-write';
import type { ProductsService, ProductWrite } from './products.service';

export function registerProductRoutes(app: FastifyInstance, products: ProductsService): void {
  const announce = <T>(
    actorId: string,
    write: ProductWrite<T>,
    id: string,
    kind: 'upsert' | 'delete' = 'upsert',
  ): T => announceWrite(app, actorId, 'product', write, [id], kind);
  defineRoute(app, routes.listProducts, async ({ actor, params }) => ({
    items: await products.list(actor.userId, params.workspaceId),
  }));
  defineRoute(app, routes.createProduct, async ({ actor, params, body }) => {
    const write = await products.create(actor.userId, params.workspaceId, body);
    return announce(actor.userId, write, write.value.id);
  });
  defineRoute(app, routes.getProduct, async ({ actor, params }) =>
    products.get(actor.userId, params.productId),
  );
  defineRoute(app, routes.updateProduct, async ({ actor, params, body }) =>
    announce(actor.userId, await products.update(actor.userId, params.productId, body), params.productId),
  );
  defineRoute(app, routes.deleteProduct, async ({ actor, params, query }) => {
    announce(
      actor.userId,
      await products.delete(actor.userId, params.productId, query.version),
      params.productId,
      'delete',
    );
    return undefined;
  });
}
