import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconCheck, IconSelector } from '@tabler/icons-react';
import { MenuItemLink } from '../../components/router-links';
import { initialsOf } from '../../lib/initials';
import { RoleBadge } from './role-badge';
import classes from './workspace-switcher.module.css';
import { useWorkspaces } from './workspaces.queries';

export function WorkspaceSwitcher({ workspaceId }: { readonly workspaceId: string }) {
  const workspaces = useWorkspaces();
  const current = workspaces.data?.find((w) => w.id === workspaceId);
  const name = current?.name ?? (workspaces.isPending ? 'Loading…' : 'Workspace');
  return (
    <Menu position="bottom-start" width={280}>
      <Menu.Target>
        <UnstyledButton className={classes.trigger} aria-label={`Workspace: ${name}. Switch workspace`}>
          <Group gap={8} wrap="nowrap">
            <Avatar size={24} radius="sm" color="accent" variant="filled">
              <Text fz={10} fw={700}>
                {initialsOf(name)}
              </Text>
            </Avatar>
            <Text fw={600} size="sm" truncate="end" maw={200}>
              {name}
            </Text>
            <IconSelector size={14} stroke={1.6} color="var(--mantine-color-dimmed)" />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Your workspaces</Menu.Label>
        {workspaces.data?.map((workspace) => (
          <MenuItemLink
            key={workspace.id}
            to="/w/$workspaceId"
            params={{ workspaceId: workspace.id }}
            leftSection={
              <Avatar size={22} radius="sm" color="accent" variant="light">
                <Text fz={9} fw={700}>
                  {initialsOf(workspace.name)}
                </Text>
              </Avatar>
            }
            rightSection={
              <Group gap={6} wrap="nowrap">
                <RoleBadge role={workspace.role} />
                {workspace.id === workspaceId ? <IconCheck size={14} aria-label="current" /> : null}
              </Group>
            }
          >
            <Text size="sm" truncate="end" maw={130}>
              {workspace.name}
            </Text>
          </MenuItemLink>
        ))}
        {workspaces.isError && <Menu.Item disabled>Workspaces could not be loaded</Menu.Item>}
      </Menu.Dropdown>
    </Menu>
  );
}
