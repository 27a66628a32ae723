import { Badge, Group, Paper, SegmentedControl, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { Feature, Release } from '@tandem/api';
import { useMemo, useState } from 'react';
import { formatDate } from '../../lib/format';
import { type TimelineGrouping, type TimelineScale, timelineLayout } from './roadmap-timeline';

/**
 * The roadmap by month or quarter: each feature in the period of its forecast (P80 when a
 * simulation covers it, else the CPM finish), with the confidence shown and a late flag.
 */
export function RoadmapTimelineView({
  features,
  releases,
}: {
  readonly features: readonly Feature[];
  readonly releases: readonly Release[];
}) {
  const [scale, setScale] = useState<TimelineScale>('month');
  const [grouping, setGrouping] = useState<TimelineGrouping>('release');
  const layout = useMemo(
    () => timelineLayout(features, releases, scale, grouping),
    [features, releases, scale, grouping],
  );

  return (
    <Stack gap="sm">
      <Group gap="sm">
        <SegmentedControl
          aria-label="Timeline scale"
          data={[
            { value: 'month', label: 'Months' },
            { value: 'quarter', label: 'Quarters' },
          ]}
          value={scale}
          onChange={(value) => setScale(value as TimelineScale)}
        />
        <SegmentedControl
          aria-label="Swimlanes"
          data={[
            { value: 'release', label: 'By release' },
            { value: 'initiative', label: 'By initiative' },
          ]}
          value={grouping}
          onChange={(value) => setGrouping(value as TimelineGrouping)}
        />
      </Group>
      {layout.periods.length === 0 ? (
        <Text size="sm" c="dimmed">
          No feature has a forecast yet: link features to project tasks to place them on the timeline.
        </Text>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={Math.max(600, 160 + layout.periods.length * 160)}>
            <Table withColumnBorders aria-label="Roadmap timeline" data-testid="roadmap-timeline">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={160}>{grouping === 'release' ? 'Release' : 'Initiative'}</Table.Th>
                  {layout.periods.map((period) => (
                    <Table.Th key={period.key}>{period.label}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {layout.swimlanes.map((lane) => (
                  <Table.Tr key={lane.id || 'none'}>
                    <Table.Th scope="row">{lane.title}</Table.Th>
                    {layout.periods.map((period) => (
                      <Table.Td key={period.key} style={{ verticalAlign: 'top' }}>
                        <Stack gap={4}>
                          {lane.items
                            .filter((item) => item.period === period.key)
                            .map((item) => (
                              <Paper
                                key={item.feature.id}
                                withBorder
                                p={6}
                                radius="sm"
                                data-testid="timeline-item"
                                data-feature-id={item.feature.id}
                                data-late={item.late || undefined}
                              >
                                <Text size="xs" fw={500}>
                                  {item.feature.title}
                                </Text>
                                <Group gap={4}>
                                  <Tooltip
                                    label={
                                      item.basis === 'P80'
                                        ? '80 % confidence (Monte Carlo)'
                                        : 'Critical path finish, no simulation yet'
                                    }
                                  >
                                    <Text size="xs" c="dimmed" data-testid="timeline-date">
                                      {formatDate(item.date)} ({item.basis})
                                    </Text>
                                  </Tooltip>
                                  {item.late && (
                                    <Badge
                                      size="xs"
                                      color="red"
                                      leftSection={<IconAlertTriangle size={10} />}
                                      data-testid="late-flag"
                                    >
                                      late
                                    </Badge>
                                  )}
                                </Group>
                              </Paper>
                            ))}
                        </Stack>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {layout.unscheduled.length > 0 && (
        <Text size="xs" c="dimmed">
          Not placed (nothing linked yet): {layout.unscheduled.map((feature) => feature.title).join(', ')}
        </Text>
      )}
    </Stack>
  );
}
