import {
  Badge,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { Feature } from '@tandem/api';
import { useMemo } from 'react';
import { formatDate } from '../../lib/format';
import { type LaneCatalog, SWIMLANE_LABELS } from './roadmap-swimlanes';
import { type TimelineGrouping, type TimelineScale, timelineLayout } from './roadmap-timeline';

interface RoadmapTimelineViewProps {
  readonly features: readonly Feature[];
  readonly catalog: LaneCatalog;
  readonly scale: TimelineScale;
  readonly grouping: TimelineGrouping;
  readonly onScaleChange: (scale: TimelineScale) => void;
  readonly onGroupingChange: (grouping: TimelineGrouping) => void;
  /** Opens a feature's panel (product and team). */
  readonly onOpenFeature: (featureId: string) => void;
}

/**
 * The roadmap by month or quarter: each feature in the period of its forecast (P80 when a
 * simulation covers it, else the CPM finish), with the confidence shown and a late flag, in
 * swimlanes by release, initiative, goal, product or team (the caller keeps both in the address).
 */
export function RoadmapTimelineView({
  features,
  catalog,
  scale,
  grouping,
  onScaleChange,
  onGroupingChange,
  onOpenFeature,
}: RoadmapTimelineViewProps) {
  const layout = useMemo(
    () => timelineLayout(features, catalog, scale, grouping),
    [features, catalog, scale, grouping],
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
          onChange={(value) => onScaleChange(value as TimelineScale)}
        />
        <SegmentedControl
          aria-label="Swimlanes"
          data={[
            { value: 'release', label: 'By release' },
            { value: 'initiative', label: 'By initiative' },
            { value: 'goal', label: 'By goal' },
            { value: 'product', label: 'By product' },
            { value: 'team', label: 'By team' },
          ]}
          value={grouping}
          onChange={(value) => onGroupingChange(value as TimelineGrouping)}
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
                  <Table.Th w={160}>{SWIMLANE_LABELS[grouping].heading}</Table.Th>
                  {layout.periods.map((period) => (
                    <Table.Th key={period.key}>{period.label}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {layout.swimlanes.map((lane) => (
                  <Table.Tr key={lane.id || 'none'} data-testid="timeline-lane" data-lane-title={lane.title}>
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
                                <UnstyledButton
                                  onClick={() => onOpenFeature(item.feature.id)}
                                  aria-label={`Open ${item.feature.title}`}
                                >
                                  <Text size="xs" fw={500}>
                                    {item.feature.title}
                                  </Text>
                                </UnstyledButton>
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
