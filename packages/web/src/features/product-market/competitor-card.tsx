import { ActionIcon, Anchor, Group, List, Menu, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDots, IconExternalLink, IconPencil, IconTrash } from '@tabler/icons-react';
import type { Competitor } from '@tandem/api';
import { linkHost } from './point-lines';

interface CompetitorCardProps {
  readonly competitor: Competitor;
  /** Absent for viewers. */
  readonly onEdit?: (competitor: Competitor) => void;
  readonly onDelete?: (competitor: Competitor) => void;
}

function Points({ title, points, color }: { title: string; points: readonly string[]; color: string }) {
  return (
    <Stack gap={4}>
      <Text size="xs" fw={700} tt="uppercase" c={color}>
        {title}
      </Text>
      {points.length === 0 ? (
        <Text size="sm" c="dimmed">
          None noted
        </Text>
      ) : (
        <List size="sm" spacing={2} aria-label={title}>
          {points.map((point) => (
            <List.Item key={point}>{point}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** One competitor's profile at a glance. */
export function CompetitorCard({ competitor, onEdit, onDelete }: CompetitorCardProps) {
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      aria-label={competitor.name}
      data-testid="competitor-card"
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={3} size="h4">
              {competitor.name}
            </Title>
            {competitor.website && (
              <Anchor href={competitor.website} target="_blank" rel="noopener noreferrer" size="sm">
                <Group gap={4} wrap="nowrap">
                  {linkHost(competitor.website)}
                  <IconExternalLink size={12} aria-hidden />
                </Group>
              </Anchor>
            )}
          </Stack>
          {onEdit && onDelete && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${competitor.name}`}>
                  <IconDots size={16} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(competitor)}>
                  Edit…
                </Menu.Item>
                <Menu.Item
                  color="red"
                  leftSection={<IconTrash size={14} />}
                  onClick={() => onDelete(competitor)}
                >
                  Delete…
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
        {competitor.profile && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {competitor.profile}
          </Text>
        )}
        <SimpleGrid cols={2} spacing="md">
          <Points title="Strengths" points={competitor.strengths} color="teal" />
          <Points title="Weaknesses" points={competitor.weaknesses} color="red" />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            Pricing
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={competitor.pricing ? undefined : 'dimmed'}>
            {competitor.pricing || 'Not known'}
          </Text>
        </Stack>
      </Stack>
    </Paper>
  );
}
