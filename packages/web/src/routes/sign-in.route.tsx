import { createRoute, redirect } from '@tanstack/react-router';
import { sessionKey } from '../features/auth/session.queries';
import { SignInPage } from '../features/auth/sign-in-page';
import { safeRedirectTarget, validateAuthSearch } from '../lib/safe-redirect';
import { rootRoute } from './root.route';

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sign-in',
  validateSearch: validateAuthSearch,
  // Already signed in on this tab: go where the link pointed, no need to sign in again.
  beforeLoad: ({ context, search }) => {
    if (context.queryClient.getQueryData(sessionKey))
      throw redirect({ href: safeRedirectTarget(search.redirect) });
  },
  component: function SignInRoute() {
    const { redirect } = signInRoute.useSearch();
    return <SignInPage redirect={redirect} />;
  },
});
