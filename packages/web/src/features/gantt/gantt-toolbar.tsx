import { ActionIcon, Button, Group, SegmentedControl, Tooltip } from '@mantine/core';
import { IconCalendarDown, IconZoomIn, IconZoomOut } from '@tabler/icons-react';
import { memo } from 'react';
import { ZOOM_LEVELS, type ZoomId } from './time-scale';

interface GanttToolbarProps {
  readonly zoom: ZoomId;
  readonly onZoom: (zoom: ZoomId) => void;
  readonly onStep: (step: -1 | 1) => void;
  readonly onToday: () => void;
}

/** Zoom controls (finer/coarser buttons and the scale picker) and "Today". */
export const GanttToolbar = memo(function GanttToolbar({ zoom, onZoom, onStep, onToday }: GanttToolbarProps) {
  const index = ZOOM_LEVELS.findIndex((level) => level.id === zoom);
  return (
    <Group gap="xs" wrap="nowrap">
      <Tooltip label="Zoom in (Ctrl + wheel)">
        <ActionIcon variant="default" aria-label="Zoom in" onClick={() => onStep(-1)} disabled={index === 0}>
          <IconZoomIn size={16} />
        </ActionIcon>
      </Tooltip>
      <SegmentedControl
        size="xs"
        aria-label="Timescale"
        value={zoom}
        onChange={(value) => onZoom(value as ZoomId)}
        data={ZOOM_LEVELS.map((level) => ({ value: level.id, label: level.label }))}
      />
      <Tooltip label="Zoom out (Ctrl + wheel)">
        <ActionIcon
          variant="default"
          aria-label="Zoom out"
          onClick={() => onStep(1)}
          disabled={index === ZOOM_LEVELS.length - 1}
        >
          <IconZoomOut size={16} />
        </ActionIcon>
      </Tooltip>
      <Button size="xs" variant="default" leftSection={<IconCalendarDown size={14} />} onClick={onToday}>
        Today
      </Button>
    </Group>
  );
});
