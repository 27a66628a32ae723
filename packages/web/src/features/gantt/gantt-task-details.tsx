import { Badge, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatTaskDate } from '../../lib/format';
import type { GanttTask } from './gantt.types';
import { formatWorkingDays } from './use-gantt-pointer';

interface GanttTaskDetailsProps {
  readonly task: GanttTask | null;
  readonly minutesPerDay: number;
  readonly onClose: () => void;
}

/** The facts of one task, opened by double-clicking its bar (or Enter on it). */
export function GanttTaskDetails({ task, minutesPerDay, onClose }: GanttTaskDetailsProps) {
  return (
    <Modal opened={task !== null} onClose={onClose} title="Task details" size="md">
      {task && (
        <Stack gap="sm">
          <Group gap="xs">
            <Text fw={600}>
              {task.wbs} {task.name}
            </Text>
            {task.critical && (
              <Badge color="red" variant="light">
                Critical
              </Badge>
            )}
            {task.milestone && <Badge variant="light">Milestone</Badge>}
            {task.summary && <Badge variant="light">Summary</Badge>}
          </Group>
          <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
            <Fact label="Start" value={formatTaskDate(task.start)} />
            <Fact label="Finish" value={formatTaskDate(task.finish)} />
            <Fact label="Duration" value={formatWorkingDays(task.duration, minutesPerDay)} />
            <Fact label="Complete" value={`${Math.round(task.percentComplete)}%`} />
            <Fact
              label="Constraint"
              value={
                task.constraintDate
                  ? `${task.constraintType} ${formatTaskDate(task.constraintDate)}`
                  : task.constraintType
              }
            />
            <Fact label="Deadline" value={formatTaskDate(task.deadline)} />
            <Fact
              label="Total slack"
              value={task.totalSlack === undefined ? '—' : formatWorkingDays(task.totalSlack, minutesPerDay)}
            />
            <Fact label="Late finish" value={formatTaskDate(task.lateFinish)} />
          </SimpleGrid>
          {task.notes && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {task.notes}
            </Text>
          )}
        </Stack>
      )}
    </Modal>
  );
}

function Fact({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" className="tabular">
        {value}
      </Text>
    </div>
  );
}
