import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useBlocker } from '@tanstack/react-router';

interface UnsavedChangesGuardProps {
  /** True while there is something unsaved. */
  readonly when: boolean;
  /** What would be lost, e.g. "your changes to the SWOT". */
  readonly what: string;
}

/**
 * Asks before leaving the page (a link, back, closing the tab) while something is unsaved.
 * Moving within the page (its tabs change only the search) is not leaving it.
 */
export function UnsavedChangesGuard({ when, what }: UnsavedChangesGuardProps) {
  const blocker = useBlocker({
    shouldBlockFn: ({ current, next }) => current.pathname !== next.pathname,
    enableBeforeUnload: when,
    disabled: !when,
    withResolver: true,
  });
  const blocked = blocker.status === 'blocked';
  return (
    <Modal opened={blocked} onClose={() => blocker.reset?.()} title="Leave without saving?" size="sm">
      <Stack gap="md">
        <Text size="sm">If you leave now, {what} will be lost.</Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
            Stay
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()}>
            Leave
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
