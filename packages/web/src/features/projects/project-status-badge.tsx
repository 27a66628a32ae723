import { Badge } from '@mantine/core';
import type { ProjectStatus } from '@tandem/api';

const STATUS: Record<ProjectStatus, { label: string; color: string }> = {
  planned: { label: 'Planned', color: 'gray' },
  active: { label: 'Active', color: 'accent' },
  'on-hold': { label: 'On hold', color: 'yellow' },
  completed: { label: 'Completed', color: 'teal' },
  archived: { label: 'Archived', color: 'gray' },
};

export function ProjectStatusBadge({ status }: { readonly status: ProjectStatus }) {
  const { label, color } = STATUS[status];
  return (
    <Badge color={color} variant={status === 'archived' ? 'default' : 'light'} size="sm">
      {label}
    </Badge>
  );
}
