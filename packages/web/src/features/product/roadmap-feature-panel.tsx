import { Alert, Badge, Button, Drawer, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { Feature } from '@tandem/api';
import { useState } from 'react';
import { formatDate } from '../../lib/format';
import { describeError } from '../../lib/problem';
import { useUpdateFeature } from './product.queries';
import type { LaneCatalog } from './roadmap-swimlanes';

interface RoadmapFeaturePanelProps {
  readonly workspaceId: string;
  readonly feature: Feature;
  readonly catalog: LaneCatalog;
  readonly onClose: () => void;
}

/**
 * A feature as the roadmap places it: its forecast and goals, and the product and team that
 * choose its swimlanes (editable here).
 */
export function RoadmapFeaturePanel({ workspaceId, feature, catalog, onClose }: RoadmapFeaturePanelProps) {
  const update = useUpdateFeature(workspaceId);
  const [productId, setProductId] = useState<string | null>(feature.productId);
  const [team, setTeam] = useState(feature.team);
  const goals = catalog.goals.filter((goal) => feature.goalIds.includes(goal.id));
  const changed = productId !== feature.productId || team.trim() !== feature.team;

  const save = () =>
    update.mutate(
      { featureId: feature.id, body: { version: feature.version, productId, team: team.trim() } },
      { onSuccess: onClose },
    );

  return (
    <Drawer opened onClose={onClose} position="right" title={feature.title} aria-label="Feature panel">
      <Stack>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            Target {feature.targetDate ? formatDate(feature.targetDate) : 'not set'}
          </Text>
          {feature.forecast?.late && (
            <Badge size="sm" color="red">
              late
            </Badge>
          )}
        </Group>
        <Text size="sm">Goals: {goals.length > 0 ? goals.map((goal) => goal.title).join(', ') : 'none'}</Text>
        <Select
          label="Product"
          placeholder="No product"
          clearable
          data={catalog.products.map((product) => ({ value: product.id, label: product.name }))}
          value={productId}
          onChange={setProductId}
        />
        <TextInput
          label="Team"
          placeholder="No team"
          maxLength={100}
          value={team}
          onChange={(event) => setTeam(event.currentTarget.value)}
        />
        {update.error && (
          <Alert color="red" title="Not saved">
            {describeError(update.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={save} loading={update.isPending} disabled={!changed}>
            Save
          </Button>
        </Group>
      </Stack>
    </Drawer>
  );
}
