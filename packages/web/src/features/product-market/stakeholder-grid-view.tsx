import { Badge, Box, Group, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { Stakeholder } from '@tandem/api';
import { useMemo } from 'react';
import { GRID_QUADRANTS, groupByQuadrant } from './stakeholder-grid';

interface StakeholderGridViewProps {
  readonly stakeholders: readonly Stakeholder[];
  /** Opens a stakeholder (for editing); absent for viewers. */
  readonly onOpen?: (stakeholder: Stakeholder) => void;
}

/**
 * The power/interest grid: power rises upwards, interest to the right, and each stakeholder is a
 * chip in the quadrant the server computed from their scores.
 */
export function StakeholderGridView({ stakeholders, onOpen }: StakeholderGridViewProps) {
  const groups = useMemo(() => groupByQuadrant(stakeholders), [stakeholders]);
  return (
    <Group align="stretch" gap="xs" wrap="nowrap">
      <Box style={{ writingMode: 'vertical-rl', transform: 'rotate(180deg)', textAlign: 'center' }}>
        <Text size="xs" c="dimmed" fw={600}>
          Power →
        </Text>
      </Box>
      <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
        <SimpleGrid cols={2} spacing="xs" data-testid="power-interest-grid">
          {GRID_QUADRANTS.map((info) => {
            const people = groups[info.quadrant];
            const headingId = `quadrant-${info.quadrant}`;
            return (
              <Paper
                key={info.quadrant}
                withBorder
                radius="md"
                p="sm"
                mih={150}
                component="section"
                aria-labelledby={headingId}
                data-quadrant={info.quadrant}
                style={{ borderTop: `3px solid var(--mantine-color-${info.color}-6)` }}
              >
                <Stack gap={6}>
                  <Group justify="space-between" gap="xs">
                    <Title order={3} size="h5" id={headingId}>
                      {info.title}
                    </Title>
                    <Badge variant="light" color={info.color} aria-label={`${people.length} stakeholders`}>
                      {people.length}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {info.action}
                  </Text>
                  <Group gap={6} mt={4}>
                    {people.map((stakeholder) => (
                      <StakeholderChip
                        key={stakeholder.id}
                        stakeholder={stakeholder}
                        color={info.color}
                        onOpen={onOpen}
                      />
                    ))}
                  </Group>
                </Stack>
              </Paper>
            );
          })}
        </SimpleGrid>
        <Text size="xs" c="dimmed" fw={600} ta="center">
          Interest →
        </Text>
      </Stack>
    </Group>
  );
}

function StakeholderChip({
  stakeholder,
  color,
  onOpen,
}: {
  readonly stakeholder: Stakeholder;
  readonly color: string;
  readonly onOpen?: (stakeholder: Stakeholder) => void;
}) {
  const detail = `power ${stakeholder.power}, interest ${stakeholder.interest}`;
  const chip = (
    <Badge variant="light" color={color} size="lg" radius="sm" tt="none" fw={500}>
      {stakeholder.name}
      <Text span size="xs" c="dimmed" ml={6}>
        P{stakeholder.power}·I{stakeholder.interest}
      </Text>
    </Badge>
  );
  if (!onOpen) {
    return (
      <Box data-testid="grid-stakeholder" title={detail}>
        {chip}
      </Box>
    );
  }
  return (
    <UnstyledButton
      data-testid="grid-stakeholder"
      aria-label={`Edit ${stakeholder.name} (${detail})`}
      title={detail}
      onClick={() => onOpen(stakeholder)}
    >
      {chip}
    </UnstyledButton>
  );
}
