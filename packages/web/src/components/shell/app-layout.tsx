import { AppShell, Burger, Divider, Group, Loader, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Session } from '@tandem/api';
import { Link, Outlet } from '@tanstack/react-router';
import { NotificationBell } from '../../features/notifications/notification-bell';
import { WorkspaceSwitcher } from '../../features/workspaces/workspace-switcher';
import { useWorkspace } from '../../features/workspaces/workspaces.queries';
import { isNotFound } from '../../lib/problem';
import { TandemMark } from '../brand/tandem-logo';
import { ErrorState } from '../states/error-state';
import { NotFoundPage } from '../states/not-found-page';
import classes from './app-layout.module.css';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { CommandPalette } from './command-palette';
import { SearchTrigger } from './search-trigger';
import { SidebarNav } from './sidebar-nav';
import { UserMenu } from './user-menu';

interface AppLayoutProps {
  readonly workspaceId: string;
  readonly session: Session;
}

/** Header (workspace, search, account), sidebar navigation, and the page. */
export function AppLayout({ workspaceId, session }: AppLayoutProps) {
  const [navOpen, nav] = useDisclosure(false);
  const workspace = useWorkspace(workspaceId);

  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding={0}
      classNames={{ header: classes.header, navbar: classes.navbar, main: classes.main }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm" wrap="nowrap" justify="space-between">
          <Group gap={6} wrap="nowrap" style={{ flex: '0 1 auto', minWidth: 0 }}>
            <Burger
              opened={navOpen}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpen ? 'Close navigation' : 'Open navigation'}
            />
            <Link to="/w/$workspaceId" params={{ workspaceId }} aria-label="Tandem: workspace overview">
              <TandemMark size={26} />
            </Link>
            <Text c="dimmed" aria-hidden="true" px={2}>
              /
            </Text>
            <WorkspaceSwitcher workspaceId={workspaceId} />
          </Group>
          <Group justify="center" style={{ flex: '1 1 auto' }} visibleFrom="xs">
            <SearchTrigger />
          </Group>
          <Group gap={6} wrap="nowrap">
            <NotificationBell workspaceId={workspaceId} />
            <ColorSchemeToggle />
            <UserMenu user={session.user} />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm">
        <AppShell.Section grow component={ScrollArea} pt={4}>
          <SidebarNav workspaceId={workspaceId} onNavigate={nav.close} />
        </AppShell.Section>
        <AppShell.Section>
          <Divider mb="sm" color="var(--tandem-border)" />
          <Text size="xs" c="dimmed" px="sm" pb={4}>
            Signed in as {session.user.email}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        {workspace.isPending ? (
          <Group justify="center" p="xl">
            <Loader size="sm" aria-label="Loading workspace" />
          </Group>
        ) : workspace.isError ? (
          isNotFound(workspace.error) ? (
            <NotFoundPage />
          ) : (
            <Group p="lg">
              <ErrorState
                title="The workspace could not be loaded"
                error={workspace.error}
                onRetry={() => workspace.refetch()}
              />
            </Group>
          )
        ) : (
          <Outlet />
        )}
      </AppShell.Main>
      <CommandPalette workspaceId={workspaceId} />
    </AppShell>
  );
}
