import { Anchor, Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { TandemLogo } from '../../components/brand/tandem-logo';
import classes from './auth-layout.module.css';

interface AuthLayoutProps {
  readonly title: string;
  readonly children: ReactNode;
  readonly footer: ReactNode;
}

/** The sign-in and sign-up frame: the product's name and pitch above a single card. */
export function AuthLayout({ title, children, footer }: AuthLayoutProps) {
  return (
    <Box className={classes.page}>
      <Center mih="100vh" p="md">
        <Stack w="100%" maw={400} gap="lg">
          <Stack gap={10} align="center">
            <TandemLogo size={32} />
            <Text c="dimmed" ta="center" size="sm">
              One shared plan for product and project managers.
            </Text>
          </Stack>
          <Paper withBorder shadow="sm" p="xl" className={classes.card}>
            <Title order={1} fz="lg" mb="lg">
              {title}
            </Title>
            {children}
          </Paper>
          <Text ta="center" size="sm" c="dimmed">
            {footer}
          </Text>
          <Text ta="center" size="xs" c="dimmed">
            Self-hosted ·{' '}
            <Anchor href="/api/docs" size="xs" c="dimmed" underline="always">
              API documentation
            </Anchor>
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
