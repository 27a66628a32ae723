import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { withLazyPage } from './lazy-page';
import { workspaceRoute } from './workspace.route';

const FeedbackPage = lazyRouteComponent(() => import('../features/product/feedback-page'), 'FeedbackPage');

export const productFeedbackRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'product/feedback',
  component: withLazyPage(function ProductFeedbackRoute() {
    const { workspaceId } = productFeedbackRoute.useParams();
    return <FeedbackPage workspaceId={workspaceId} />;
  }, FeedbackPage),
});
