import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { HEALTH_COLOR, HEALTH_LABEL, type Health } from './dashboard-figures';

/** One figure of a health card: a label, the value and an optional note under it. */
export interface Figure {
  readonly label: string;
  readonly value: string;
  readonly note?: string;
  readonly testId?: string;
}

interface HealthCardProps {
  readonly title: string;
  readonly health: Health;
  readonly figures: readonly Figure[];
  readonly children?: ReactNode;
}

/** A dashboard card: a title with its health in colour and in words, then its figures. */
export function HealthCard({ title, health, figures, children }: HealthCardProps) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{title}</Title>
          <Badge
            color={HEALTH_COLOR[health]}
            variant="light"
            data-testid={`${title.toLowerCase().replace(/\s+/g, '-')}-status`}
          >
            {HEALTH_LABEL[health]}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          {figures.map((figure) => (
            <div key={figure.label}>
              <Text size="xs" c="dimmed">
                {figure.label}
              </Text>
              <Text fw={700} size="lg" className="tabular" data-testid={figure.testId}>
                {figure.value}
              </Text>
              {figure.note && (
                <Text size="xs" c="dimmed">
                  {figure.note}
                </Text>
              )}
            </div>
          ))}
        </SimpleGrid>
        {children}
      </Stack>
    </Paper>
  );
}
