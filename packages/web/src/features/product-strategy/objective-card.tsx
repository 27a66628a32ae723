import { ActionIcon, Badge, Divider, Group, Menu, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import type { Feature, Goal, KeyResult, Member } from '@tandem/api';
import { formatDateRange } from '../../lib/format';
import { KeyResultsTable } from './key-results-table';
import { LinkedFeatures } from './linked-features';
import { formatRatio, progressColor } from './okr-format';

interface ObjectiveCardProps {
  readonly workspaceId: string;
  readonly goal: Goal;
  readonly features: readonly Feature[];
  readonly members: readonly Member[];
  readonly onEdit: (goal: Goal) => void;
  readonly onDelete: (goal: Goal) => void;
  readonly onCheckIn: (keyResult: KeyResult) => void;
}

/** One objective: its rolled-up progress (the server's mean of its key results), key results and features. */
export function ObjectiveCard(props: ObjectiveCardProps) {
  const { workspaceId, goal, features, members, onEdit, onDelete, onCheckIn } = props;
  const owner = goal.ownerId ? members.find((m) => m.userId === goal.ownerId)?.name : undefined;
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={goal.title} data-testid="objective">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Title order={3}>{goal.title}</Title>
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {goal.periodStart || goal.periodEnd
                  ? formatDateRange(goal.periodStart, goal.periodEnd)
                  : 'No period'}
              </Text>
              {owner && (
                <Badge variant="light" color="gray">
                  {owner}
                </Badge>
              )}
            </Group>
            {goal.description && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {goal.description}
              </Text>
            )}
          </Stack>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${goal.title}`}>
                <IconDots size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(goal)}>
                Edit objective…
              </Menu.Item>
              <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => onDelete(goal)}>
                Delete objective…
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Progress
            size="lg"
            value={(goal.progress ?? 0) * 100}
            color={progressColor(goal.progress)}
            aria-label={`Progress of ${goal.title}`}
            style={{ flex: 1 }}
          />
          <Text fw={600} size="sm" w={110} ta="right" data-testid="objective-progress">
            {formatRatio(goal.progress)}
          </Text>
        </Group>
        <KeyResultsTable goal={goal} members={members} onCheckIn={onCheckIn} />
        <Divider />
        <LinkedFeatures workspaceId={workspaceId} goal={goal} features={features} />
      </Stack>
    </Paper>
  );
}
