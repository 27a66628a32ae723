import { Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Risk } from '@tandem/api';
import { useState } from 'react';
import { formatDate } from '../../lib/format';
import { describeError, formErrorsFrom } from '../../lib/problem';
import { useCreateRiskAction, useToggleRiskAction } from './risks.queries';

/** The response actions of a risk: tick them off, or add one with an optional due date. */
export function RiskActionsPanel({ projectId, risk }: { readonly projectId: string; readonly risk: Risk }) {
  const create = useCreateRiskAction(projectId);
  const toggle = useToggleRiskAction(projectId);
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const add = () =>
    create.mutate(
      { riskId: risk.id, title, dueDate: dueDate.trim() === '' ? null : dueDate.trim() },
      {
        onSuccess: () => {
          setTitle('');
          setDueDate('');
          setErrors({});
        },
        onError: (error) => {
          const fieldErrors = formErrorsFrom(error);
          if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
          else notifications.show({ color: 'red', title: 'Action not added', message: describeError(error) });
        },
      },
    );

  return (
    <Stack gap="xs" aria-label={`Response actions of ${risk.code}`} role="group">
      <Text fw={600} size="sm">
        Response actions
      </Text>
      {risk.actions.length === 0 && (
        <Text size="sm" c="dimmed">
          No actions yet.
        </Text>
      )}
      {risk.actions.map((action) => (
        <Checkbox
          key={action.id}
          checked={action.done}
          label={`${action.title}${action.dueDate ? ` (due ${formatDate(action.dueDate)})` : ''}`}
          onChange={(event) =>
            toggle.mutate(
              { actionId: action.id, version: action.version, done: event.currentTarget.checked },
              {
                onError: (error) =>
                  notifications.show({
                    color: 'red',
                    title: 'Action not changed',
                    message: describeError(error),
                  }),
              },
            )
          }
        />
      ))}
      <Group align="flex-start" gap="xs">
        <TextInput
          aria-label="New action"
          placeholder="New action"
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={errors.title}
          style={{ flex: 1 }}
        />
        <TextInput
          aria-label="Due date"
          placeholder="YYYY-MM-DD"
          value={dueDate}
          onChange={(event) => setDueDate(event.currentTarget.value)}
          error={errors.dueDate}
          w={140}
        />
        <Button variant="light" onClick={add} loading={create.isPending} disabled={title.trim() === ''}>
          Add action
        </Button>
      </Group>
    </Stack>
  );
}
