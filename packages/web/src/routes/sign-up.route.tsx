import { createRoute } from '@tanstack/react-router';
import { SignUpPage } from '../features/auth/sign-up-page';
import { validateAuthSearch } from '../lib/safe-redirect';
import { rootRoute } from './root.route';

export const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sign-up',
  validateSearch: validateAuthSearch,
  component: function SignUpRoute() {
    const { redirect } = signUpRoute.useSearch();
    return <SignUpPage redirect={redirect} />;
  },
});
