import { Box } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { ErrorState } from './error-state';

/** A page that failed to render or load: the reason and a retry, instead of a blank screen. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  return (
    <Box p="lg" maw={720} mx="auto">
      <ErrorState title="This page could not be shown" error={error} onRetry={reset} />
    </Box>
  );
}
