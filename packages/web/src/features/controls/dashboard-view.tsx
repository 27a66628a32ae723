import {
  Alert,
  Badge,
  Group,
  List,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { ErrorState } from '../../components/states/error-state';
import { formatTaskDate, pluralize } from '../../lib/format';
import { useBaselineComparison, useBaselines } from '../baselines/baselines.queries';
import { useProject } from '../projects/projects.queries';
import { isOpenDefect } from '../quality/defect-log';
import { useDefects, useTaskQualities } from '../quality/quality.queries';
import { LEVEL_COLOR, LEVEL_LABEL } from '../risks/risk-matrix';
import { useRisks } from '../risks/risks.queries';
import { useTasks } from '../tasks/tasks.queries';
import { BudgetSettings } from './budget-settings';
import { useEarnedValue, useLatestSimulation, useProjectCosts } from './controls.queries';
import { daysLate, finishTarget, gatesDue, headlineEac, indexHealth, topRisks } from './dashboard-figures';
import { sCurveOption } from './ev-s-curve';
import { HealthCard } from './health-card';
import { LazyEChart } from './lazy-echart';
import { formatIndex, formatMoney } from './money';

export interface ControlsDashboardViewProps {
  readonly workspaceId: string;
  readonly projectId: string;
}

/**
 * The project's controls at a glance: schedule health (SPI, SPI(t), P80 finish against the
 * deadline or baseline), budget health (CPI, EAC against budget), the EV S-curve, top risks, open
 * defects and the quality gates still to pass, at a chosen status date.
 */
export function ControlsDashboardView({ projectId }: ControlsDashboardViewProps) {
  const project = useProject(projectId);
  const tasks = useTasks(projectId);
  const [statusDay, setStatusDay] = useState('');
  const statusDate = /^\d{4}-\d{2}-\d{2}$/.test(statusDay) ? `${statusDay}T17:00:00` : null;
  const ev = useEarnedValue(projectId, statusDate);
  const costs = useProjectCosts(projectId);
  const simulation = useLatestSimulation(projectId);
  const risks = useRisks(projectId);
  const defects = useDefects(projectId);
  const baselines = useBaselines(projectId);
  const hasBaseline = baselines.data?.some((b) => b.number === 0) ?? false;
  const comparison = useBaselineComparison(projectId, 0, hasBaseline);
  const milestoneIds = useMemo(
    () => (tasks.data ?? []).filter((t) => t.milestone).map((t) => t.id),
    [tasks.data],
  );
  const qualities = useTaskQualities(projectId, milestoneIds);
  const chart = useMemo(
    () => (ev.data && ev.data.series.length > 0 ? sCurveOption(ev.data) : null),
    [ev.data],
  );

  if (ev.isError)
    return (
      <ErrorState title="Earned value could not be computed" error={ev.error} onRetry={() => ev.refetch()} />
    );
  if (!ev.data || !project.data) return <Skeleton h={320} />;
  const value = ev.data;
  const currency = value.currency;
  const money = (minor: number | null) => formatMoney(minor, currency);

  const baselineFinish =
    comparison.data?.items.reduce<string | null>(
      (latest, item) =>
        item.baseline && (latest === null || item.baseline.finish > latest) ? item.baseline.finish : latest,
      null,
    ) ?? null;
  const sim = simulation.data ?? null;
  const target = finishTarget(sim, tasks.data ?? [], baselineFinish);
  const p80Late = sim && target ? daysLate(sim.finish.p80, target.date) : null;
  const spit = value.earnedSchedule?.spit ?? null;
  const scheduleHealth =
    p80Late !== null && p80Late > 0
      ? indexHealth(value.spi) === 'good'
        ? 'watch'
        : 'poor'
      : indexHealth(spit ?? value.spi);
  const eac = headlineEac(value);
  const budget = costs.data?.budgetMinor ?? value.bac;
  const overBudget = eac.amount - budget;
  const dues = gatesDue(tasks.data ?? [], qualities);
  const openDefects = (defects.data ?? []).filter(isOpenDefect);
  const top = topRisks(risks.data ?? [], 5);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed">
          Measured at {formatTaskDate(value.statusDate)} against{' '}
          {value.baseline === 'baseline' ? 'baseline 0' : 'the current schedule (no baseline set)'}; earned by{' '}
          {value.method} progress.
        </Text>
        <TextInput
          type="date"
          label="Status date"
          value={statusDay}
          onChange={(event) => setStatusDay(event.currentTarget.value)}
          w={180}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <HealthCard
          title="Schedule health"
          health={scheduleHealth}
          figures={[
            {
              label: 'SPI',
              value: formatIndex(value.spi),
              note: `SV ${money(value.sv)}`,
              testId: 'dash-spi',
            },
            {
              label: 'SPI(t)',
              value: formatIndex(spit),
              note: value.earnedSchedule?.forecastFinish
                ? `Forecast ${formatTaskDate(value.earnedSchedule.forecastFinish)}`
                : undefined,
              testId: 'dash-spit',
            },
            {
              label: 'TSPI',
              value: formatIndex(value.earnedSchedule?.tspi ?? null),
              note: !value.earnedSchedule
                ? undefined
                : value.earnedSchedule.tspi === null
                  ? 'The planned duration has run out'
                  : 'Needed from now on to finish on the planned date',
              testId: 'dash-tspi',
            },
            {
              label: 'P80 finish',
              value: sim ? formatTaskDate(sim.finish.p80) : 'Not simulated',
              note:
                target && p80Late !== null
                  ? `${p80Late > 0 ? `${pluralize(p80Late, 'day')} after` : p80Late < 0 ? `${pluralize(-p80Late, 'day')} before` : 'on'} the ${target.source} ${formatTaskDate(target.date)}`
                  : target
                    ? `${target.source} ${formatTaskDate(target.date)}`
                    : 'No deadline or baseline',
              testId: 'dash-p80',
            },
          ]}
        />
        <HealthCard
          title="Budget health"
          health={indexHealth(value.cpi)}
          figures={[
            {
              label: 'CPI',
              value: formatIndex(value.cpi),
              note: `CV ${money(value.cv)}`,
              testId: 'dash-cpi',
            },
            { label: 'EAC', value: money(eac.amount), note: eac.formula, testId: 'dash-eac' },
            {
              label: costs.data?.budgetMinor === null ? 'Budget (BAC)' : 'Budget',
              value: money(budget),
              note: overBudget > 0 ? `${money(overBudget)} over` : `${money(-overBudget)} under`,
              testId: 'dash-budget',
            },
            { label: 'PV', value: money(value.pv), testId: 'dash-pv' },
            { label: 'EV', value: money(value.ev), testId: 'dash-ev' },
            { label: 'AC', value: money(value.ac), testId: 'dash-ac' },
          ]}
        >
          {costs.data && <BudgetSettings projectId={projectId} costs={costs.data} />}
        </HealthCard>
      </SimpleGrid>
      <Paper withBorder p="md" radius="md" component="section" aria-label="Earned value S-curve">
        <Title order={4} mb="xs">
          Earned value S-curve
        </Title>
        {chart ? (
          <LazyEChart
            option={chart}
            height={300}
            label="Cumulative planned value and actual cost by week, earned value at the status date"
            testId="ev-s-curve"
          />
        ) : (
          <Text size="sm" c="dimmed">
            Nothing is planned yet: assign resources with rates or give tasks a cost.
          </Text>
        )}
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Paper withBorder p="md" radius="md" component="section" aria-label="Top risks">
          <Title order={5} mb="xs">
            Top risks
          </Title>
          {top.length === 0 ? (
            <Text size="sm" c="dimmed">
              No open risks.
            </Text>
          ) : (
            <Stack gap={4}>
              {top.map((risk) => (
                <Group key={risk.id} gap="xs" wrap="nowrap">
                  <Badge color={LEVEL_COLOR[risk.level]} variant="light" w={110}>
                    {risk.score} {LEVEL_LABEL[risk.level]}
                  </Badge>
                  <Text size="sm" truncate="end">
                    {risk.code} {risk.title}
                  </Text>
                </Group>
              ))}
            </Stack>
          )}
        </Paper>
        <Paper withBorder p="md" radius="md" component="section" aria-label="Open defects">
          <Title order={5} mb="xs">
            Open defects{' '}
            <Badge
              variant="light"
              color={openDefects.length > 0 ? 'orange' : 'gray'}
              data-testid="dash-open-defects"
            >
              {openDefects.length}
            </Badge>
          </Title>
          <List size="sm">
            {openDefects.slice(0, 5).map((d) => (
              <List.Item key={d.id}>
                {d.code} {d.title} ({d.severity})
              </List.Item>
            ))}
          </List>
        </Paper>
        <Paper withBorder p="md" radius="md" component="section" aria-label="Gates due">
          <Title order={5} mb="xs">
            Gates due
          </Title>
          {dues.length === 0 ? (
            <Text size="sm" c="dimmed">
              No gated milestone is waiting.
            </Text>
          ) : (
            <Stack gap={6}>
              {dues.map(({ task, blockers }) => (
                <Alert
                  key={task.id}
                  color="orange"
                  variant="light"
                  p="xs"
                  title={`${task.name} · ${formatTaskDate(task.finish)}`}
                >
                  <Text size="xs">{blockers.join('; ')}</Text>
                </Alert>
              ))}
            </Stack>
          )}
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
