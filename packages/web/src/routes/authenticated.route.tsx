import { createRoute, Outlet, redirect } from '@tanstack/react-router';
import { sessionQuery } from '../features/auth/session.queries';
import { isUnauthenticated } from '../lib/problem';
import { rootRoute } from './root.route';

/** Every page below needs a session: without one the user lands on sign-in, then comes back. */
export const authenticatedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authenticated',
  beforeLoad: async ({ context, location }) => {
    try {
      const session = await context.queryClient.ensureQueryData(sessionQuery);
      return { session };
    } catch (error) {
      if (isUnauthenticated(error)) {
        throw redirect({ to: '/sign-in', search: { redirect: location.href } });
      }
      throw error;
    }
  },
  component: Outlet,
});
