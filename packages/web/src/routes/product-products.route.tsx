import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { withLazyPage } from './lazy-page';
import { workspaceRoute } from './workspace.route';

const ProductsPage = lazyRouteComponent(
  () => import('../features/product-strategy/products-page'),
  'ProductsPage',
);

/** `?product=<id>` names the product shown, so a product page can be linked to. */
function validateProductsSearch(search: Record<string, unknown>): { product?: string } {
  return typeof search.product === 'string' && search.product !== '' ? { product: search.product } : {};
}

export const productProductsRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'product/products',
  validateSearch: validateProductsSearch,
  component: withLazyPage(function ProductProductsRoute() {
    const { workspaceId } = productProductsRoute.useParams();
    const { product } = productProductsRoute.useSearch();
    const navigate = productProductsRoute.useNavigate();
    return (
      <ProductsPage
        workspaceId={workspaceId}
        productId={product}
        onSelect={(id) => void navigate({ search: id ? { product: id } : {} })}
      />
    );
  }, ProductsPage),
});
