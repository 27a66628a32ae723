import type { Role } from '@tandem/api';
import { atLeast } from '../memberships/memberships.policy';

/** Who may do what to projects, one line per rule. Non-members never get here: they get a 404. */
export const projectPolicy = {
  read: (_role: Role) => true,
  create: (role: Role) => atLeast(role, 'member'),
  update: (role: Role) => atLeast(role, 'member'),
  delete: (role: Role) => atLeast(role, 'admin'),
} as const;
