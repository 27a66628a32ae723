import { Badge } from '@mantine/core';
import type { Role } from '@tandem/api';

const ROLE_COLOR: Record<Role, string> = { owner: 'accent', admin: 'teal', member: 'gray', viewer: 'gray' };
const ROLE_LABEL: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  member: 'Member',
  viewer: 'Viewer',
};

export function RoleBadge({ role }: { readonly role: Role }) {
  return (
    <Badge color={ROLE_COLOR[role]} variant={role === 'viewer' ? 'default' : 'light'} size="sm">
      {ROLE_LABEL[role]}
    </Badge>
  );
}

export function roleLabel(role: Role): string {
  return ROLE_LABEL[role];
}
