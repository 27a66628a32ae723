import { useDraggable } from '@dnd-kit/core';
import { Badge, Group, Paper, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { Feature } from '@tandem/api';
import { formatDate } from '../../lib/format';
import { forecastDate } from './roadmap-lanes';

/** What a roadmap card shows: title, kind, forecast (P80 or CPM) and the late flag. */
export function RoadmapCardContent({ feature }: { readonly feature: Feature }) {
  const forecast = forecastDate(feature);
  return (
    <>
      <Text size="sm" fw={500}>
        {feature.title}
      </Text>
      <Group gap={6} mt={4}>
        <Badge size="xs" variant="light">
          {feature.kind}
        </Badge>
        {forecast && (
          <Text size="xs" c="dimmed" data-testid="roadmap-card-forecast">
            {forecast.basis} {formatDate(forecast.date)}
          </Text>
        )}
        {feature.forecast?.late && (
          <Badge size="xs" color="red" leftSection={<IconAlertTriangle size={10} />} data-testid="late-flag">
            late
          </Badge>
        )}
      </Group>
    </>
  );
}

/** A feature on the now/next/later board: drag it (mouse or keyboard) to another lane. */
export function RoadmapCard({ feature }: { readonly feature: Feature }) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: feature.id,
    data: { feature },
  });
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      radius="sm"
      p="xs"
      style={{ cursor: 'grab', opacity: isDragging ? 0.4 : 1, touchAction: 'none' }}
      data-testid="roadmap-card"
      data-feature-id={feature.id}
      {...attributes}
      aria-label={`${feature.title}, drag to another lane`}
      {...listeners}
    >
      <RoadmapCardContent feature={feature} />
    </Paper>
  );
}
