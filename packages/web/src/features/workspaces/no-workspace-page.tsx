import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { TandemMark } from '../../components/brand/tandem-logo';
import { useSignOut } from '../auth/session.queries';

/** Signed in, but a member of no workspace (every membership was removed). */
export function NoWorkspacePage() {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <Center mih="100vh" p="xl">
      <Stack align="center" gap="sm">
        <TandemMark size={36} />
        <Title order={2} mt="sm">
          No workspace yet
        </Title>
        <Text c="dimmed" ta="center" maw={420}>
          You are not a member of any workspace. Ask a workspace owner or admin to invite you.
        </Text>
        <Button
          variant="default"
          mt="sm"
          loading={signOut.isPending}
          onClick={() => signOut.mutate(undefined, { onSettled: () => navigate({ to: '/sign-in' }) })}
        >
          Sign out
        </Button>
      </Stack>
    </Center>
  );
}
