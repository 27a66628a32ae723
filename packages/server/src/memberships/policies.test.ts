import type { Role } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { projectPolicy } from '../projects/projects.policy';
import { taskPolicy } from '../tasks/tasks.policy';
import { membershipPolicy } from './memberships.policy';

const ROLES: readonly Role[] = ['owner', 'admin', 'member', 'viewer'];
const who = (rule: (role: Role) => boolean) => ROLES.filter(rule);

describe('policies', () => {
  it('let every member read and only viewers not write the plan', () => {
    expect(who(projectPolicy.read)).toEqual(ROLES);
    expect(who(taskPolicy.read)).toEqual(ROLES);
    expect(who(taskPolicy.edit)).toEqual(['owner', 'admin', 'member']);
    expect(who(projectPolicy.create)).toEqual(['owner', 'admin', 'member']);
    expect(who(projectPolicy.update)).toEqual(['owner', 'admin', 'member']);
  });

  it('keep deleting projects and managing members to owners and admins', () => {
    expect(who(projectPolicy.delete)).toEqual(['owner', 'admin']);
    expect(who(membershipPolicy.manage)).toEqual(['owner', 'admin']);
  });
});
