import { Avatar, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconLogout, IconMoon, IconSun } from '@tabler/icons-react';
import type { User } from '@tandem/api';
import { useSignOutAndLeave } from '../../features/auth/use-sign-out-and-leave';
import { initialsOf } from '../../lib/initials';
import { useColorSchemeToggle } from './use-color-scheme-toggle';

export function UserMenu({ user }: { readonly user: User }) {
  const { scheme, toggle } = useColorSchemeToggle();
  const signOut = useSignOutAndLeave();
  return (
    <Menu position="bottom-end" width={240}>
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu for ${user.name}`} style={{ borderRadius: '50%' }}>
          <Avatar size={30} radius="xl" color="accent" variant="light">
            <Text fz={11} fw={700}>
              {initialsOf(user.name)}
            </Text>
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate="end">
            {user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {user.email}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item
          leftSection={scheme === 'dark' ? <IconSun size={16} /> : <IconMoon size={16} />}
          onClick={toggle}
        >
          {scheme === 'dark' ? 'Light mode' : 'Dark mode'}
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={signOut}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
