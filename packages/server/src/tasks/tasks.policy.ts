import type { Role } from '@tandem/api';
import { atLeast } from '../memberships/memberships.policy';

/** Who may do what to tasks, one line per rule. Non-members never get here: they get a 404. */
export const taskPolicy = {
  read: (_role: Role) => true,
  edit: (role: Role) => atLeast(role, 'member'),
} as const;
