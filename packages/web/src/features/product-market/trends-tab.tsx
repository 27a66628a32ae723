import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconPencil, IconPlus, IconTrash, IconTrendingUp } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { EmptyState } from '../../components/states/empty-state';
import { ErrorState } from '../../components/states/error-state';
import { formatDate } from '../../lib/format';
import { ConfirmDeleteModal } from './confirm-delete-modal';
import { useDeleteMarketTrend, useMarketTrends } from './market.queries';
import { linkHost } from './point-lines';
import { TrendFormModal } from './trend-form-modal';
import { IMPACTS, impactCounts, type TrendImpact, trendMonths } from './trend-log';
import { useEditAndDelete } from './use-edit-and-delete';

const IMPACT_COLOR = new Map(IMPACTS.map((impact) => [impact.value, impact.color]));

/** The market trends log, newest first by month, filtered by impact. */
export function TrendsTab({
  workspaceId,
  canEdit,
}: {
  readonly workspaceId: string;
  readonly canEdit: boolean;
}) {
  const trends = useMarketTrends(workspaceId);
  const remove = useDeleteMarketTrend(workspaceId);
  const [impact, setImpact] = useState<TrendImpact | 'all'>('all');
  const list = trends.data ?? [];
  const { editorOpen, edited, toDelete, openNew, openEdit, closeEditor, askDelete, closeDelete } =
    useEditAndDelete(list, remove.reset);
  const months = useMemo(() => trendMonths(list, impact === 'all' ? null : impact), [list, impact]);
  const counts = impactCounts(list);
  const addButton = canEdit && (
    <Button leftSection={<IconPlus size={16} />} onClick={openNew}>
      Log trend
    </Button>
  );

  return (
    <Stack gap="md">
      {list.length > 0 && (
        <Group justify="space-between">
          <SegmentedControl
            aria-label="Show trends of impact"
            value={impact}
            onChange={(value) => setImpact(value as TrendImpact | 'all')}
            data={[
              { value: 'all', label: `All (${list.length})` },
              ...IMPACTS.map(({ value, label }) => ({ value, label: `${label} (${counts[value]})` })),
            ]}
          />
          {addButton}
        </Group>
      )}
      {trends.isPending && <Skeleton h={200} />}
      {trends.error && (
        <ErrorState
          title="The trends log could not be loaded"
          error={trends.error}
          onRetry={() => void trends.refetch()}
        />
      )}
      {trends.data && list.length === 0 && (
        <EmptyState
          icon={<IconTrendingUp size={22} />}
          title="No trends logged"
          description="Log what you see moving in the market, its impact on us and where you read about it."
          action={addButton}
        />
      )}
      {list.length > 0 && months.length === 0 && (
        <Text size="sm" c="dimmed">
          No trend of that impact.
        </Text>
      )}
      {months.map((month) => (
        <Stack key={month.month} gap="xs" component="section" aria-label={month.label}>
          <Title order={3} size="h5" c="dimmed">
            {month.label}
          </Title>
          {month.trends.map((trend) => (
            <Paper key={trend.id} withBorder radius="md" p="md" component="article" data-testid="trend-item">
              <Stack gap={6}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Group gap="xs">
                    <Title order={4} size="h5">
                      {trend.title}
                    </Title>
                    <Badge variant="light" color={IMPACT_COLOR.get(trend.impact)}>
                      {trend.impact} impact
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {formatDate(trend.observedOn)}
                    </Text>
                  </Group>
                  {canEdit && (
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${trend.title}`}>
                          <IconDots size={16} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => openEdit(trend)}>
                          Edit…
                        </Menu.Item>
                        <Menu.Item
                          color="red"
                          leftSection={<IconTrash size={14} />}
                          onClick={() => askDelete(trend)}
                        >
                          Delete…
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  )}
                </Group>
                {trend.description && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {trend.description}
                  </Text>
                )}
                {trend.links.length > 0 && (
                  <Group gap="sm">
                    {trend.links.map((link) => (
                      <Anchor key={link} href={link} target="_blank" rel="noopener noreferrer" size="sm">
                        {linkHost(link)}
                      </Anchor>
                    ))}
                  </Group>
                )}
              </Stack>
            </Paper>
          ))}
        </Stack>
      ))}
      <TrendFormModal workspaceId={workspaceId} opened={editorOpen} trend={edited} onClose={closeEditor} />
      <ConfirmDeleteModal
        subject={toDelete ? `trend “${toDelete.title}”` : null}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => {
          if (!toDelete) return;
          remove.mutate(
            { trendId: toDelete.id, version: toDelete.version },
            {
              onSuccess: () => {
                notifications.show({ color: 'teal', title: 'Trend deleted', message: toDelete.title });
                closeDelete();
              },
            },
          );
        }}
        onClose={closeDelete}
      />
    </Stack>
  );
}
