import {
  Badge,
  Box,
  Button,
  Group,
  Popover,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFlag, IconTimelineEvent } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { EmptyState } from '../../components/states/empty-state';
import { ErrorState } from '../../components/states/error-state';
import { type DurationScale, formatDate, pluralize, STANDARD_SCALE } from '../../lib/format';
import { describeError } from '../../lib/problem';
import { useProject } from '../projects/projects.queries';
import { BaselineTable } from './baseline-table';
import {
  type ComparisonFilter,
  filterComparison,
  formatVarianceMinutes,
  summarizeComparison,
} from './baseline-variance';
import { useBaselineComparison, useBaselines, useClearBaseline, useSetBaseline } from './baselines.queries';

export interface BaselineViewProps {
  readonly workspaceId: string;
  readonly projectId: string;
}

/** Microsoft Project's names: "Baseline", then "Baseline 1" … "Baseline 10". */
export function baselineName(number: number): string {
  return number === 0 ? 'Baseline' : `Baseline ${number}`;
}

const BASELINE_NUMBERS = Array.from({ length: 11 }, (_, n) => n);

/**
 * Baselines of a project: save or clear baseline 0–10, and compare the schedule with one of them
 * (variance columns in working days; slipped tasks highlighted and labelled).
 */
export function BaselineView({ projectId }: BaselineViewProps) {
  const project = useProject(projectId);
  const baselines = useBaselines(projectId);
  const [number, setNumber] = useState(0);
  const [filter, setFilter] = useState<ComparisonFilter>('all');
  const [confirmOpen, setConfirmOpen] = useState(false);
  const saved = baselines.data?.find((b) => b.number === number) ?? null;
  const comparison = useBaselineComparison(projectId, number, saved !== null);
  const setBaseline = useSetBaseline(projectId);
  const clearBaseline = useClearBaseline(projectId);
  const scale: DurationScale = project.data?.calendar ?? STANDARD_SCALE;

  const items = comparison.data?.number === number ? comparison.data.items : null;
  const shown = useMemo(() => (items ? filterComparison(items, filter) : []), [items, filter]);
  const summary = useMemo(() => (items ? summarizeComparison(items) : null), [items]);
  const worstName = summary?.worstTaskId ? items?.find((i) => i.taskId === summary.worstTaskId)?.name : null;

  const save = () => {
    setConfirmOpen(false);
    setBaseline.mutate(number, {
      onSuccess: (result) =>
        notifications.show({
          color: 'teal',
          title: `${baselineName(number)} saved`,
          message: `${pluralize(result.taskCount, 'task')} saved with their current dates.`,
        }),
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: 'The baseline was not saved',
          message: describeError(error),
        }),
    });
  };
  const clear = () =>
    clearBaseline.mutate(number, {
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: 'The baseline was not cleared',
          message: describeError(error),
        }),
    });

  if (baselines.isError) {
    return (
      <ErrorState
        title="Baselines could not be loaded"
        error={baselines.error}
        onRetry={() => baselines.refetch()}
      />
    );
  }

  const selectData = BASELINE_NUMBERS.map((n) => {
    const entry = baselines.data?.find((b) => b.number === n);
    return {
      value: String(n),
      label: entry
        ? `${baselineName(n)} (saved ${formatDate(entry.savedAt.slice(0, 10))})`
        : `${baselineName(n)} (not set)`,
    };
  });

  const saveButton = (
    <Button
      leftSection={<IconFlag size={16} />}
      loading={setBaseline.isPending}
      onClick={saved ? () => setConfirmOpen(true) : save}
    >
      {saved ? 'Save again' : `Set ${baselineName(number).toLowerCase()}`}
    </Button>
  );

  return (
    <Stack gap="md" h="100%">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group align="flex-end" gap="sm">
          <Select
            label="Compare with"
            data={selectData}
            value={String(number)}
            onChange={(value) => value !== null && setNumber(Number(value))}
            allowDeselect={false}
            w={260}
            disabled={baselines.isPending}
          />
          {saved ? (
            <Popover opened={confirmOpen} onChange={setConfirmOpen} withArrow trapFocus>
              <Popover.Target>{saveButton}</Popover.Target>
              <Popover.Dropdown>
                <Stack gap="xs" maw={260}>
                  <Text size="sm">
                    {baselineName(number)} is already set. Replace it with today's schedule?
                  </Text>
                  <Group justify="flex-end" gap="xs">
                    <Button size="xs" variant="default" onClick={() => setConfirmOpen(false)}>
                      Cancel
                    </Button>
                    <Button size="xs" onClick={save}>
                      Replace
                    </Button>
                  </Group>
                </Stack>
              </Popover.Dropdown>
            </Popover>
          ) : (
            saveButton
          )}
          <Button
            variant="default"
            color="red"
            disabled={!saved}
            loading={clearBaseline.isPending}
            onClick={clear}
          >
            Clear {baselineName(number).toLowerCase()}
          </Button>
        </Group>
        <SegmentedControl
          aria-label="Which tasks to show"
          value={filter}
          onChange={(value) => setFilter(value as ComparisonFilter)}
          data={[
            { value: 'all', label: 'All tasks' },
            { value: 'slipped', label: 'Slipped' },
            { value: 'changed', label: 'Changed' },
          ]}
        />
      </Group>

      {summary && (
        <Group gap="sm" aria-live="polite" data-testid="baseline-summary">
          <Badge color={summary.slipped > 0 ? 'red' : 'teal'} variant="light">
            {summary.slipped > 0 ? `${pluralize(summary.slipped, 'task')} slipped` : 'No task slipped'}
          </Badge>
          {worstName && (
            <Text size="sm" c="dimmed">
              Largest slip: {worstName}{' '}
              {formatVarianceMinutes(summary.worstFinishVariance, scale.minutesPerDay)}
            </Text>
          )}
          {summary.notBaselined > 0 && (
            <Text size="sm" c="dimmed">
              {pluralize(summary.notBaselined, 'task')} added since the baseline
            </Text>
          )}
        </Group>
      )}

      <Box style={{ flex: 1, minHeight: 240 }}>
        {baselines.isPending || (saved && comparison.isPending) ? (
          <Stack gap="xs" aria-label="Loading the baseline comparison">
            {[0, 1, 2, 3].map((row) => (
              <Skeleton key={row} height={34} radius="sm" />
            ))}
          </Stack>
        ) : !saved ? (
          <EmptyState
            icon={<IconTimelineEvent size={22} />}
            title={`${baselineName(number)} is not set`}
            description="A baseline saves every task's start, finish and duration as they are today, so that later you can see which tasks slipped and by how much."
            action={saveButton}
          />
        ) : comparison.isError ? (
          <ErrorState
            title="The comparison could not be loaded"
            error={comparison.error}
            onRetry={() => comparison.refetch()}
          />
        ) : shown.length === 0 ? (
          <EmptyState
            icon={<IconTimelineEvent size={22} />}
            title={items?.length === 0 ? 'No tasks yet' : 'No task matches'}
            description={
              items?.length === 0
                ? 'Add tasks to the project to compare them with the baseline.'
                : 'No task is in this filter: every task is on its baseline.'
            }
          />
        ) : (
          <BaselineTable items={shown} baselineName={baselineName(number)} scale={scale} />
        )}
      </Box>
    </Stack>
  );
}
