import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { validateAuthSearch } from '../lib/safe-redirect';
import { withLazyPage } from './lazy-page';
import { rootRoute } from './root.route';

const SignUpPage = lazyRouteComponent(() => import('../features/auth/sign-up-page'), 'SignUpPage');

export const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sign-up',
  validateSearch: validateAuthSearch,
  component: withLazyPage(function SignUpRoute() {
    const { redirect } = signUpRoute.useSearch();
    return <SignUpPage redirect={redirect} />;
  }, SignUpPage),
});
