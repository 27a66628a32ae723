import type { Role } from '@tandem/api';
import { atLeast } from '../memberships/memberships.policy';

/** Who may do what to a workspace's resources, one line per rule. Non-members get a 404. */
export const resourcePolicy = {
  read: (_role: Role) => true,
  edit: (role: Role) => atLeast(role, 'member'),
} as const;
