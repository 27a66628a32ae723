import { Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  readonly title: ReactNode;
  /** A line of facts under the title (dates, counts, status). */
  readonly meta?: ReactNode;
  /** Breadcrumbs above the title. */
  readonly above?: ReactNode;
  readonly actions?: ReactNode;
}

export function PageHeader({ title, meta, above, actions }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
      <Stack gap={6} style={{ minWidth: 0 }}>
        {above}
        <Title order={1}>{title}</Title>
        {meta}
      </Stack>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
