import type { Role } from '@tandem/api';
import { atLeast } from '../memberships/memberships.policy';

/** Who may do what to the risk register, one line per rule. Non-members get a 404. */
export const riskPolicy = {
  read: (_role: Role) => true,
  write: (role: Role) => atLeast(role, 'member'),
} as const;
