import { useDroppable } from '@dnd-kit/core';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { Feature } from '@tandem/api';
import { RoadmapCard } from './roadmap-card';
import type { BoardLane } from './roadmap-lanes';

interface RoadmapLaneColumnProps {
  readonly lane: BoardLane;
  readonly title: string;
  readonly features: readonly Feature[];
}

/** One lane of the board, a drop target. */
export function RoadmapLaneColumn({ lane, title, features }: RoadmapLaneColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: lane });
  const headingId = `roadmap-lane-${lane}`;
  return (
    <Paper
      ref={setNodeRef}
      component="section"
      withBorder
      radius="md"
      p="sm"
      aria-labelledby={headingId}
      data-lane={lane}
      bg={isOver ? 'var(--mantine-primary-color-light)' : undefined}
      style={{ minHeight: 200 }}
    >
      <Group justify="space-between" mb="xs">
        <Text id={headingId} fw={600}>
          {title}
        </Text>
        <Badge variant="light" color="gray" aria-label={`${features.length} features`}>
          {features.length}
        </Badge>
      </Group>
      <Stack gap="xs">
        {features.length === 0 && (
          <Text size="xs" c="dimmed" ta="center" py="md">
            Drop a feature here
          </Text>
        )}
        {features.map((feature) => (
          <RoadmapCard key={feature.id} feature={feature} />
        ))}
      </Stack>
    </Paper>
  );
}
