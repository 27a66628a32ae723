import { Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  readonly icon: ReactNode;
  readonly title: string;
  readonly description: string;
  readonly action?: ReactNode;
}

/** Nothing here yet: says what would be here and offers the action that creates it. */
export function EmptyState({ icon, title, description, action }: EmptyStateProps) {
  return (
    <Paper withBorder p="xl" radius="lg">
      <Stack align="center" gap="xs" py="lg">
        <ThemeIcon variant="light" size={44} radius="xl">
          {icon}
        </ThemeIcon>
        <Text fw={600} mt="xs">
          {title}
        </Text>
        <Text size="sm" c="dimmed" ta="center" maw={380}>
          {description}
        </Text>
        {action && <Stack mt="sm">{action}</Stack>}
      </Stack>
    </Paper>
  );
}
