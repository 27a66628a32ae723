import type { Session, SignInRequest, SignUpRequest } from '@tandem/api';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const sessionKey = ['session'] as const;

/** The signed-in session (user, CSRF token, memberships); a 401 means signed out. */
export const sessionQuery = queryOptions({
  queryKey: sessionKey,
  queryFn: () => api.getSession(),
  staleTime: 5 * 60_000,
  retry: false,
  meta: { skipAuthRedirect: true },
});

export function useSession() {
  return useQuery(sessionQuery);
}

function useStoreSession() {
  const queryClient = useQueryClient();
  return (session: Session) => {
    // Another user may have been signed in on this tab: drop everything cached for them.
    queryClient.clear();
    queryClient.setQueryData(sessionKey, session);
  };
}

export function useSignIn() {
  const storeSession = useStoreSession();
  return useMutation({
    mutationFn: (body: SignInRequest) => api.signIn({ body }),
    onSuccess: storeSession,
    meta: { skipAuthRedirect: true },
  });
}

export function useSignUp() {
  const storeSession = useStoreSession();
  return useMutation({
    mutationFn: (body: SignUpRequest) => api.signUp({ body }),
    onSuccess: storeSession,
    meta: { skipAuthRedirect: true },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.signOut(),
    // Signed out either way: a 401 here means the session had already ended.
    onSettled: () => {
      api.setCsrfToken(null);
      queryClient.clear();
    },
    meta: { skipAuthRedirect: true },
  });
}
