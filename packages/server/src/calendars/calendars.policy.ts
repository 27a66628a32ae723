import type { Role } from '@tandem/api';
import { atLeast } from '../memberships/memberships.policy';

/** Who may do what to workspace calendars, one line per rule. Non-members get a 404. */
export const calendarPolicy = {
  read: (_role: Role) => true,
  edit: (role: Role) => atLeast(role, 'member'),
  delete: (role: Role) => atLeast(role, 'admin'),
} as const;
