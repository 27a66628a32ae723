import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFlag } from '@tabler/icons-react';
import type { LifecycleStage, Member, Product } from '@tandem/api';
import { useEffect, useState } from 'react';
import { formatDate, todayIso } from '../../lib/format';
import { describeError } from '../../lib/problem';
import { conflictFromError } from '../conflicts/conflict-state';
import {
  formatStay,
  LIFECYCLE_STAGES,
  nextStage,
  STAGE_COLOR,
  stageChangeProblem,
  stageLabel,
  stagePeriods,
} from './lifecycle';
import { fieldErrorsOf } from './server-errors';
import { useUpdateProduct } from './strategy.queries';

interface LifecyclePanelProps {
  readonly workspaceId: string;
  readonly product: Product;
  readonly members: readonly Member[];
}

/** The product's lifecycle stage, a dated stage change, and the history as a timeline. */
export function LifecyclePanel({ workspaceId, product, members }: LifecyclePanelProps) {
  const update = useUpdateProduct(workspaceId);
  const today = todayIso();
  const [stage, setStage] = useState<LifecycleStage | null>(nextStage(product.lifecycleStage));
  const [date, setDate] = useState(today);
  const [errors, setErrors] = useState<{ stage?: string; date?: string }>({});
  const periods = stagePeriods(product.stageHistory, today);
  const names = new Map(members.map((m) => [m.userId, m.name]));
  const current = periods.at(-1);

  // a new stage (saved here or by someone else) proposes the following one
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the product or its stage changes
  useEffect(() => {
    setStage(nextStage(product.lifecycleStage));
    setDate(todayIso());
    setErrors({});
  }, [product.id, product.lifecycleStage]);

  const submit = () => {
    if (!stage) {
      setErrors({ stage: 'Choose the new stage' });
      return;
    }
    const problem = stageChangeProblem(product, stage, date, today);
    if (problem) {
      setErrors({ [problem.field]: problem.message });
      return;
    }
    setErrors({});
    update.mutate(
      {
        productId: product.id,
        body: { version: product.version, lifecycleStage: stage, stageChangedOn: date },
      },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'teal',
            title: `${saved.name} is now in ${stageLabel(saved.lifecycleStage)}`,
            message: `Recorded on ${formatDate(date)}`,
          }),
        onError: (error) => {
          if (conflictFromError(error)?.current) {
            notifications.show({
              color: 'yellow',
              title: 'The stage was not changed',
              message: `${product.name} was changed by someone else meanwhile: its latest state is shown, check the stage and try again.`,
            });
            return;
          }
          const fields = fieldErrorsOf(error);
          if (fields.lifecycleStage || fields.stageChangedOn) {
            setErrors({ stage: fields.lifecycleStage, date: fields.stageChangedOn });
            return;
          }
          notifications.show({
            color: 'red',
            title: 'The stage was not changed',
            message: describeError(error),
          });
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Lifecycle">
      <Stack gap="md">
        <Group justify="space-between" align="baseline">
          <Title order={3}>Lifecycle</Title>
          {current && (
            <Text size="sm" c="dimmed" data-testid="current-stage">
              <Badge color={STAGE_COLOR[current.stage]} variant="light" mr={6}>
                {stageLabel(current.stage)}
              </Badge>
              since {formatDate(current.from)} ({formatStay(current.days)})
            </Text>
          )}
        </Group>
        <form
          aria-label="Change lifecycle stage"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Group align="flex-start" gap="sm">
            <Select
              label="New stage"
              placeholder="Choose a stage"
              data={LIFECYCLE_STAGES.map(({ value, label, description }) => ({
                value,
                label: `${label} – ${description}`,
                disabled: value === product.lifecycleStage,
              }))}
              value={stage}
              allowDeselect={false}
              onChange={(value) => setStage(value as LifecycleStage | null)}
              error={errors.stage}
              w={320}
            />
            <TextInput
              label="Date of change"
              type="date"
              value={date}
              max={today}
              onChange={(event) => setDate(event.currentTarget.value)}
              error={errors.date}
            />
            <Button type="submit" mt={25} loading={update.isPending}>
              Change stage
            </Button>
          </Group>
        </form>
        <Timeline
          active={periods.length - 1}
          bulletSize={22}
          lineWidth={2}
          aria-label="Stage history"
          role="list"
        >
          {periods.map((period, index) => (
            <Timeline.Item
              // the same stage can come back (growth → maturity → growth): position keys the stay
              // biome-ignore lint/suspicious/noArrayIndexKey: the history only grows at the end
              key={index}
              role="listitem"
              bullet={<IconFlag size={12} />}
              color={STAGE_COLOR[period.stage]}
              title={stageLabel(period.stage)}
              data-testid="stage-history-entry"
            >
              <Text size="sm">
                {formatDate(period.from)}
                {period.until ? ` – ${formatDate(period.until)}` : ' – now'}
              </Text>
              <Text size="xs" c="dimmed">
                {formatStay(period.days)}
                {period.changedBy ? ` · by ${names.get(period.changedBy) ?? 'a former member'}` : ''}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </Paper>
  );
}
