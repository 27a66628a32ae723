import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { describeError, isUnauthenticated } from '../../lib/problem';
import { useSignOut } from './session.queries';

/** Signs out and shows the sign-in page (also when the session had already ended). */
export function useSignOutAndLeave(): () => void {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return () =>
    signOut.mutate(undefined, {
      onSettled: (_data, error) => {
        if (error && !isUnauthenticated(error)) {
          notifications.show({ color: 'red', title: 'Sign-out failed', message: describeError(error) });
        }
        void navigate({ to: '/sign-in' });
      },
    });
}
