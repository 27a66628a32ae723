import { Group, Kbd, Text, UnstyledButton } from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import classes from './app-layout.module.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Looks like a search box, opens the command palette. */
export function SearchTrigger() {
  return (
    <UnstyledButton
      className={classes.search}
      onClick={() => spotlight.open()}
      aria-label="Search and commands"
      aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
    >
      <Group gap={8} wrap="nowrap" justify="space-between">
        <Group gap={8} wrap="nowrap">
          <IconSearch size={15} stroke={1.7} />
          <Text size="sm" c="dimmed">
            Search or jump to…
          </Text>
        </Group>
        <Group gap={2} wrap="nowrap" visibleFrom="sm">
          <Kbd size="xs">{isMac ? '⌘' : 'Ctrl'}</Kbd>
          <Kbd size="xs">K</Kbd>
        </Group>
      </Group>
    </UnstyledButton>
  );
}
