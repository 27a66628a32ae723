import { createRouter } from '@tanstack/react-router';
import { RouteError } from '../components/states/route-error';
import { sessionKey } from '../features/auth/session.queries';
import { onUnauthenticated } from '../lib/auth-redirect';
import { authenticatedRoute } from '../routes/authenticated.route';
import { indexRoute } from '../routes/index.route';
import { productBacklogRoute } from '../routes/product-backlog.route';
import { productFeedbackRoute } from '../routes/product-feedback.route';
import { productGoalsRoute } from '../routes/product-goals.route';
import { productMarketRoute } from '../routes/product-market.route';
import { productProductsRoute } from '../routes/product-products.route';
import { productRoadmapRoute } from '../routes/product-roadmap.route';
import { productSharedRoadmapRoute } from '../routes/product-shared-roadmap.route';
import { productStakeholdersRoute } from '../routes/product-stakeholders.route';
import { projectRoute } from '../routes/project.route';
import { projectsRoute } from '../routes/projects.route';
import { rootRoute } from '../routes/root.route';
import { signInRoute } from '../routes/sign-in.route';
import { signUpRoute } from '../routes/sign-up.route';
import { workspaceRoute } from '../routes/workspace.route';
import { workspaceHomeRoute } from '../routes/workspace-home.route';
import { queryClient } from './query-client';

const routeTree = rootRoute.addChildren([
  signInRoute,
  signUpRoute,
  productSharedRoadmapRoute,
  authenticatedRoute.addChildren([
    indexRoute,
    workspaceRoute.addChildren([
      workspaceHomeRoute,
      projectsRoute,
      projectRoute,
      productBacklogRoute,
      productFeedbackRoute,
      productRoadmapRoute,
      productProductsRoute,
      productGoalsRoute,
      productStakeholdersRoute,
      productMarketRoute,
    ]),
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  // Queries own the caching; the router only decides what to show.
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
  defaultErrorComponent: RouteError,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

// A 401 from any query or mutation (the session expired or was revoked elsewhere) ends here.
onUnauthenticated(() => {
  const { pathname, href } = router.state.location;
  if (pathname === '/sign-in' || pathname === '/sign-up') return;
  queryClient.removeQueries({ queryKey: sessionKey });
  void router.navigate({ to: '/sign-in', search: { redirect: href } });
});
