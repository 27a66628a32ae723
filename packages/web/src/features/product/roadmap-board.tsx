import {
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { Paper, SimpleGrid } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type Feature, isApiError } from '@tandem/api';
import { useMemo, useState } from 'react';
import { describeError } from '../../lib/problem';
import { useUpdateFeature } from './product.queries';
import { RoadmapCardContent } from './roadmap-card';
import { RoadmapLaneColumn } from './roadmap-lane-column';
import { type BoardLane, groupByLane, isBoardLane, ROADMAP_LANES, rankAtEnd } from './roadmap-lanes';

const COLUMNS: readonly { readonly lane: BoardLane; readonly title: string }[] = [
  ...ROADMAP_LANES,
  { lane: 'unplanned', title: 'Not on the roadmap' },
];

/**
 * Now / next / later. Dropping a card on another lane writes its lane (and puts it last there)
 * with the version read; a conflict says someone changed it and shows the fresh board.
 */
export function RoadmapBoard({
  workspaceId,
  features,
}: {
  readonly workspaceId: string;
  readonly features: readonly Feature[];
}) {
  const update = useUpdateFeature(workspaceId);
  const [dragged, setDragged] = useState<Feature | null>(null);
  const groups = useMemo(() => groupByLane(features), [features]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor),
  );

  const onDragStart = (event: DragStartEvent) =>
    setDragged((event.active.data.current?.feature as Feature | undefined) ?? null);

  const onDragEnd = (event: DragEndEvent) => {
    setDragged(null);
    const feature = event.active.data.current?.feature as Feature | undefined;
    const target = event.over?.id;
    if (!feature || !isBoardLane(target) || target === (feature.lane ?? 'unplanned')) return;
    const lane = target === 'unplanned' ? null : target;
    update.mutate(
      { featureId: feature.id, body: { version: feature.version, lane, rank: rankAtEnd(groups[target]) } },
      {
        onError: (error) =>
          notifications.show({
            color: isApiError(error) && error.status === 409 ? 'yellow' : 'red',
            title:
              isApiError(error) && error.status === 409
                ? `${feature.title} was changed by someone else`
                : `${feature.title} not moved`,
            message:
              isApiError(error) && error.status === 409
                ? 'The board now shows their change; move it again if you still want to.'
                : describeError(error),
          }),
      },
    );
  };

  return (
    <DndContext
      sensors={sensors}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" data-testid="roadmap-board">
        {COLUMNS.map((column) => (
          <RoadmapLaneColumn
            key={column.lane}
            lane={column.lane}
            title={column.title}
            features={groups[column.lane]}
          />
        ))}
      </SimpleGrid>
      <DragOverlay>
        {dragged ? (
          <Paper withBorder radius="sm" p="xs" shadow="md">
            <RoadmapCardContent feature={dragged} />
          </Paper>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
