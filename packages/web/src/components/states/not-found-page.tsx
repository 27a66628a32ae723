import { Center, Stack, Text, Title } from '@mantine/core';
import { TandemMark } from '../brand/tandem-logo';
import { ButtonLink } from '../router-links';

/** An unknown address, or an object the user cannot see (the API answers 404 for both). */
export function NotFoundPage() {
  return (
    <Center mih="70vh" p="xl">
      <Stack align="center" gap="sm">
        <TandemMark size={36} />
        <Title order={2} mt="sm">
          Page not found
        </Title>
        <Text c="dimmed" ta="center" maw={420}>
          This page does not exist, or it belongs to a workspace you are not a member of.
        </Text>
        <ButtonLink to="/" variant="default" mt="sm">
          Go to my workspace
        </ButtonLink>
      </Stack>
    </Center>
  );
}
