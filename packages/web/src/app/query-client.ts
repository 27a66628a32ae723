import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { redirectToSignIn } from '../lib/auth-redirect';
import { ownWrites } from '../lib/own-writes';
import { isNotFound, isUnauthenticated } from '../lib/problem';

/** Queries may opt out of the global redirect (the session probe handles 401 itself). */
declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: { skipAuthRedirect?: boolean };
    mutationMeta: { skipAuthRedirect?: boolean };
  }
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (isUnauthenticated(error) && !query.meta?.skipAuthRedirect) redirectToSignIn();
    },
  }),
  mutationCache: new MutationCache({
    onError: (error, _variables, _context, mutation) => {
      if (isUnauthenticated(error) && !mutation.meta?.skipAuthRedirect) redirectToSignIn();
    },
    // what this tab wrote, so that the live socket's echo of it is not refetched (own-writes.ts)
    onMutate: () => ownWrites.started(),
    onSettled: (data) => ownWrites.settled(data),
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: true,
      // A 4xx will not get better by asking again; a dropped connection might.
      retry: (failureCount, error) => !isUnauthenticated(error) && !isNotFound(error) && failureCount < 2,
    },
  },
});
