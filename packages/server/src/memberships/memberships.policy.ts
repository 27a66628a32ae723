import type { Role } from '@tandem/api';

/** Roles from most to least powerful. */
const RANK: Readonly<Record<Role, number>> = { owner: 3, admin: 2, member: 1, viewer: 0 };

/** Whether `role` is `least` or more powerful. */
export function atLeast(role: Role, least: Role): boolean {
  return RANK[role] >= RANK[least];
}

/** Who may manage a workspace's members (the members routes come with a later issue). */
export const membershipPolicy = {
  manage: (role: Role) => atLeast(role, 'admin'),
} as const;
