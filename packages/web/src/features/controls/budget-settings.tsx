import { Button, Group, Select, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { EvMethod, ProjectCosts } from '@tandem/api';
import { useEffect, useState } from 'react';
import { describeError } from '../../lib/problem';
import { useUpdateCostSettings } from './controls.queries';
import { formatMoneyInput, parseMoneyInput } from './money';

const METHODS: { value: EvMethod; label: string }[] = [
  { value: 'physical', label: 'Physical % complete' },
  { value: '0/100', label: '0/100' },
  { value: '50/50', label: '50/50' },
  { value: 'duration', label: 'Duration % complete' },
];

/** The project's budget (typed in its currency, stored in minor units) and earned-value method. */
export function BudgetSettings({
  projectId,
  costs,
}: {
  readonly projectId: string;
  readonly costs: ProjectCosts;
}) {
  const update = useUpdateCostSettings(projectId);
  const saved = costs.budgetMinor === null ? '' : formatMoneyInput(costs.budgetMinor, costs.currency);
  const [budget, setBudget] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setBudget(saved), [saved]);

  const save = (evMethod?: EvMethod) => {
    const text = budget.trim();
    const minor = text === '' ? null : parseMoneyInput(text, costs.currency);
    if (text !== '' && minor === null) {
      setError(`Enter an amount in ${costs.currency}, like 90000 or 90000.50`);
      return;
    }
    setError(null);
    update.mutate(
      { version: costs.version, budgetMinor: minor, ...(evMethod ? { evMethod } : {}) },
      {
        onError: (e) =>
          notifications.show({ color: 'red', title: 'Budget not saved', message: describeError(e) }),
      },
    );
  };

  return (
    <Group align="flex-end" gap="xs">
      <TextInput
        label={`Budget (${costs.currency})`}
        placeholder="planned cost"
        value={budget}
        onChange={(e) => setBudget(e.currentTarget.value)}
        error={error}
        w={160}
      />
      <Button variant="default" onClick={() => save()} loading={update.isPending} disabled={budget === saved}>
        Save budget
      </Button>
      <Select
        label="EV method"
        data={METHODS}
        value={costs.evMethod}
        onChange={(m) => m && save(m as EvMethod)}
        allowDeselect={false}
        w={190}
      />
    </Group>
  );
}
