import {
  Button,
  Group,
  Modal,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  isApiError,
  type Member,
  OPPORTUNITY_STRATEGIES,
  type Risk,
  type RiskKind,
  type RiskStrategy,
  riskScore,
  type Task,
  THREAT_STRATEGIES,
} from '@tandem/api';
import { useEffect } from 'react';
import { describeError, fieldLabel } from '../../lib/problem';
import { RiskActionsPanel } from './risk-actions-panel';
import { EMPTY_RISK_FORM, formFieldOf, type RiskFormValues, riskRequestFrom, riskToForm } from './risk-form';
import { RiskHistoryList } from './risk-history-list';
import { LEVEL_COLOR, LEVEL_LABEL } from './risk-matrix';
import { useCreateRisk, useUpdateRisk } from './risks.queries';

const RATINGS = [
  { value: '1', label: '1 · Very low' },
  { value: '2', label: '2 · Low' },
  { value: '3', label: '3 · Medium' },
  { value: '4', label: '4 · High' },
  { value: '5', label: '5 · Very high' },
];
const STATUSES = [
  { value: 'open', label: 'Open' },
  { value: 'monitoring', label: 'Monitoring' },
  { value: 'occurred', label: 'Occurred' },
  { value: 'closed', label: 'Closed' },
];
const STRATEGY_LABEL: Record<RiskStrategy, string> = {
  avoid: 'Avoid',
  mitigate: 'Mitigate',
  transfer: 'Transfer',
  accept: 'Accept',
  exploit: 'Exploit',
  enhance: 'Enhance',
  share: 'Share',
};

export function strategyLabel(strategy: RiskStrategy): string {
  return STRATEGY_LABEL[strategy];
}

interface RiskFormModalProps {
  readonly projectId: string;
  /** The risk being edited; null to add one. */
  readonly risk: Risk | null;
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly tasks: readonly Task[];
  readonly members: readonly Member[];
  readonly minutesPerDay: number;
  readonly currency: string;
}

/** Adds or edits a risk; the server's objections appear on the fields they name. */
export function RiskFormModal(props: RiskFormModalProps) {
  const { projectId, risk, opened, onClose, tasks, members, minutesPerDay, currency } = props;
  const create = useCreateRisk(projectId);
  const update = useUpdateRisk(projectId);
  const form = useForm<RiskFormValues>({ initialValues: EMPTY_RISK_FORM });

  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another risk is opened
  useEffect(() => {
    if (!opened) return;
    form.setValues(risk ? riskToForm(risk, minutesPerDay, currency) : EMPTY_RISK_FORM);
    form.resetDirty();
    form.clearErrors();
  }, [opened, risk?.id]);

  const strategies = form.values.kind === 'threat' ? THREAT_STRATEGIES : OPPORTUNITY_STRATEGIES;
  const { score, level } = riskScore(
    Number(form.values.probability),
    Number(form.values.scheduleImpact),
    Number(form.values.costImpact),
  );

  const setKind = (kind: string) => {
    const next = kind as RiskKind;
    form.setFieldValue('kind', next);
    const allowed = next === 'threat' ? THREAT_STRATEGIES : OPPORTUNITY_STRATEGIES;
    if (!allowed.includes(form.values.strategy))
      form.setFieldValue('strategy', allowed === THREAT_STRATEGIES ? 'mitigate' : 'enhance');
  };

  const showServerErrors = (error: unknown) => {
    if (isApiError(error) && error.fieldErrors.length > 0) {
      const errors: Record<string, string> = {};
      for (const { field, message } of error.fieldErrors) {
        const name = field.replace(/^body\./, '').replace(/\.\d+$/, '');
        errors[formFieldOf(name)] = `${fieldLabel(name)} ${message}`;
      }
      form.setErrors(errors);
      return;
    }
    notifications.show({ color: 'red', title: 'The risk was not saved', message: describeError(error) });
  };

  const submit = form.onSubmit((values) => {
    const parsed = riskRequestFrom(values, minutesPerDay, currency);
    if ('errors' in parsed) {
      form.setErrors(parsed.errors);
      return;
    }
    const done = (saved: Risk) => {
      notifications.show({
        color: 'teal',
        title: risk ? 'Risk saved' : 'Risk added',
        message: `${saved.code} ${saved.title}`,
      });
      onClose();
    };
    if (risk) {
      update.mutate(
        { riskId: risk.id, body: { ...parsed.request, version: risk.version } },
        { onSuccess: done, onError: showServerErrors },
      );
    } else {
      create.mutate(parsed.request, { onSuccess: done, onError: showServerErrors });
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={risk ? `Edit ${risk.code}` : 'Add risk'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label="Title" data-autofocus {...form.getInputProps('title')} />
          <Group grow align="flex-end">
            <SegmentedControl
              aria-label="Kind"
              data={[
                { value: 'threat', label: 'Threat' },
                { value: 'opportunity', label: 'Opportunity' },
              ]}
              value={form.values.kind}
              onChange={setKind}
            />
            <TextInput label="Category" placeholder="e.g. Technical" {...form.getInputProps('category')} />
          </Group>
          <SimpleGrid cols={3}>
            <Select
              label="Probability"
              data={RATINGS}
              allowDeselect={false}
              {...form.getInputProps('probability')}
            />
            <Select
              label="Schedule impact"
              data={RATINGS}
              allowDeselect={false}
              {...form.getInputProps('scheduleImpact')}
            />
            <Select
              label="Cost impact"
              data={RATINGS}
              allowDeselect={false}
              {...form.getInputProps('costImpact')}
            />
          </SimpleGrid>
          <Text size="sm" data-testid="risk-form-score">
            Score {score} ·{' '}
            <Text span c={LEVEL_COLOR[level]} fw={600}>
              {LEVEL_LABEL[level]}
            </Text>
          </Text>
          <SimpleGrid cols={3}>
            <TextInput
              label="Probability %"
              description="Empty: from the rating"
              {...form.getInputProps('probabilityPercent')}
            />
            <TextInput
              label="Delay if it occurs"
              description="Working days added to linked tasks"
              {...form.getInputProps('scheduleImpactDays')}
            />
            <TextInput
              label="Cost if it occurs"
              description={`Amount in ${currency}`}
              {...form.getInputProps('costImpactAmount')}
            />
          </SimpleGrid>
          <MultiSelect
            label="Linked tasks"
            description="The tasks the risk would hit (used by the simulation)"
            data={tasks.filter((t) => !t.summary).map((t) => ({ value: t.id, label: `${t.wbs} ${t.name}` }))}
            searchable
            {...form.getInputProps('taskIds')}
          />
          <SimpleGrid cols={3}>
            <Select
              label="Strategy"
              data={strategies.map((s) => ({ value: s, label: STRATEGY_LABEL[s] }))}
              allowDeselect={false}
              {...form.getInputProps('strategy')}
            />
            <Select label="Status" data={STATUSES} allowDeselect={false} {...form.getInputProps('status')} />
            <Select
              label="Owner"
              data={members.map((m) => ({ value: m.userId, label: m.name }))}
              clearable
              {...form.getInputProps('ownerId')}
            />
          </SimpleGrid>
          <Textarea label="Cause" autosize minRows={1} {...form.getInputProps('cause')} />
          <Textarea label="Effect" autosize minRows={1} {...form.getInputProps('effect')} />
          <TextInput
            label="Trigger"
            description="What tells you it is happening"
            {...form.getInputProps('trigger')}
          />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {risk ? 'Save risk' : 'Add risk'}
            </Button>
          </Group>
        </Stack>
      </form>
      {risk && (
        <Stack mt="md" pt="md" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
          <RiskActionsPanel projectId={projectId} risk={risk} />
          <RiskHistoryList projectId={projectId} risk={risk} members={members} />
        </Stack>
      )}
    </Modal>
  );
}
