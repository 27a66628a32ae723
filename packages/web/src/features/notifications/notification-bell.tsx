import { ActionIcon, Indicator, Menu, ScrollArea, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import type { Notification } from '@tandem/api';
import { useNavigate } from '@tanstack/react-router';
import { timeAgo } from './notification-format';
import {
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useNotifications,
} from './notifications.queries';
import { useLiveNotifications } from './notifications-live';

/**
 * The header's bell: how many notifications are unread, and a menu of the latest; choosing one
 * marks it read and opens the roadmap's timeline, where the late forecast is flagged.
 */
export function NotificationBell({ workspaceId }: { readonly workspaceId: string }) {
  const notifications = useNotifications(workspaceId);
  useLiveNotifications(workspaceId);
  const markRead = useMarkNotificationRead(workspaceId);
  const markAll = useMarkAllNotificationsRead(workspaceId);
  const navigate = useNavigate();
  const unread = notifications.data?.unreadCount ?? 0;
  const items = notifications.data?.items ?? [];

  const open = (notification: Notification) => {
    if (notification.readAt === null) markRead.mutate(notification.id);
    void navigate({
      to: '/w/$workspaceId/product/roadmap',
      params: { workspaceId },
      search: { view: 'timeline' },
    });
  };

  return (
    <Menu position="bottom-end" width={340} withinPortal>
      <Menu.Target>
        <Indicator
          label={unread > 99 ? '99+' : unread}
          size={16}
          color="red"
          disabled={unread === 0}
          offset={4}
          data-testid="notification-count"
          data-count={unread}
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={unread > 0 ? `Notifications: ${unread} unread` : 'Notifications'}
          >
            <IconBell size={18} />
          </ActionIcon>
        </Indicator>
      </Menu.Target>
      <Menu.Dropdown data-testid="notification-menu">
        <Menu.Label>Notifications</Menu.Label>
        {notifications.isError && (
          <Text size="sm" c="red" px="sm" py={4}>
            Notifications could not be loaded.
          </Text>
        )}
        {!notifications.isError && items.length === 0 && (
          <Text size="sm" c="dimmed" px="sm" py={4}>
            Nothing yet. You will hear here when a feature you own is forecast past its target.
          </Text>
        )}
        <ScrollArea.Autosize mah={360}>
          {items.map((notification) => (
            <Menu.Item
              key={notification.id}
              onClick={() => open(notification)}
              data-testid="notification-item"
              data-unread={notification.readAt === null || undefined}
            >
              <Text size="sm" fw={notification.readAt === null ? 600 : 400}>
                {notification.message}
              </Text>
              <Text size="xs" c="dimmed">
                {timeAgo(notification.createdAt)}
              </Text>
            </Menu.Item>
          ))}
        </ScrollArea.Autosize>
        {unread > 0 && (
          <>
            <Menu.Divider />
            <Menu.Item onClick={() => markAll.mutate(undefined)}>Mark all read</Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
