import { Avatar, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { Role } from '@tandem/api';
import { ErrorState } from '../../components/states/error-state';
import { initialsOf } from '../../lib/initials';
import { RoleBadge } from './role-badge';
import { useMembers } from './workspaces.queries';

/** Owners first, then admins, members, viewers. */
const ROLE_ORDER: readonly Role[] = ['owner', 'admin', 'member', 'viewer'];

export function MembersCard({ workspaceId }: { readonly workspaceId: string }) {
  const members = useMembers(workspaceId);
  const sorted = members.data?.toSorted(
    (a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.name.localeCompare(b.name),
  );
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="sm">
          Members
        </Title>
        {members.data && (
          <Text size="xs" c="dimmed">
            {members.data.length}
          </Text>
        )}
      </Group>
      {members.isPending ? (
        <Stack gap="sm">
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      ) : members.isError ? (
        <ErrorState
          title="Members could not be loaded"
          error={members.error}
          onRetry={() => members.refetch()}
        />
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Members">
          {sorted?.map((member) => (
            <Group key={member.userId} component="li" justify="space-between" wrap="nowrap" gap="sm">
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                <Avatar size={32} radius="xl" color="accent" variant="light">
                  <Text fz={11} fw={700}>
                    {initialsOf(member.name)}
                  </Text>
                </Avatar>
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={550} truncate="end">
                    {member.name}
                  </Text>
                  <Text size="xs" c="dimmed" truncate="end">
                    {member.email}
                  </Text>
                </Stack>
              </Group>
              <RoleBadge role={member.role} />
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
