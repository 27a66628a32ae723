import { createRoute, redirect } from '@tanstack/react-router';
import { NoWorkspacePage } from '../features/workspaces/no-workspace-page';
import { authenticatedRoute } from './authenticated.route';

/** `/` opens the first workspace of the signed-in user. */
export const indexRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    const [first] = context.session.memberships;
    if (first) throw redirect({ to: '/w/$workspaceId', params: { workspaceId: first.workspaceId } });
  },
  component: NoWorkspacePage,
});
