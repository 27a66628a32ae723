import { createRoute } from '@tanstack/react-router';
import { FeedbackPage } from '../features/product/feedback-page';
import { workspaceRoute } from './workspace.route';

export const productFeedbackRoute = createRoute({
  getParentRoute: () => workspaceRoute,
  path: 'product/feedback',
  component: function ProductFeedbackRoute() {
    const { workspaceId } = productFeedbackRoute.useParams();
    return <FeedbackPage workspaceId={workspaceId} />;
  },
});
