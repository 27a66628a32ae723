import type { NotificationList } from '@tandem/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const notificationKeys = {
  list: (workspaceId: string) => ['workspaces', workspaceId, 'notifications'] as const,
};

/** The signed-in user's notifications in the workspace, newest first, with the unread count. */
export function useNotifications(workspaceId: string) {
  return useQuery({
    queryKey: notificationKeys.list(workspaceId),
    queryFn: () => api.listNotifications({ params: { workspaceId } }),
  });
}

/** The list with `ids` read now (what the server will answer), so the bell drops at once. */
export function markedRead(
  list: NotificationList,
  ids: readonly string[] | 'all',
  at: string,
): NotificationList {
  let unread = list.unreadCount;
  const items = list.items.map((item) => {
    if (item.readAt !== null || (ids !== 'all' && !ids.includes(item.id))) return item;
    unread -= 1;
    return { ...item, readAt: at };
  });
  return { items, unreadCount: ids === 'all' ? 0 : Math.max(0, unread) };
}

function useMarkMutation<T>(
  workspaceId: string,
  ids: (input: T) => readonly string[] | 'all',
  call: (input: T) => Promise<unknown>,
) {
  const queryClient = useQueryClient();
  const key = notificationKeys.list(workspaceId);
  return useMutation({
    mutationFn: call,
    onMutate: (input: T) => {
      queryClient.setQueryData<NotificationList>(key, (list) =>
        list ? markedRead(list, ids(input), new Date().toISOString()) : list,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useMarkNotificationRead(workspaceId: string) {
  return useMarkMutation(
    workspaceId,
    (notificationId: string) => [notificationId],
    (notificationId: string) => api.markNotificationRead({ params: { workspaceId, notificationId } }),
  );
}

export function useMarkAllNotificationsRead(workspaceId: string) {
  return useMarkMutation(
    workspaceId,
    () => 'all',
    () => api.markAllNotificationsRead({ params: { workspaceId } }),
  );
}
