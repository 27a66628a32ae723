import { ActionIcon, Badge, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUnlink } from '@tabler/icons-react';
import type { Feature, Goal } from '@tandem/api';
import { describeError } from '../../lib/problem';
import { statusLabel } from '../product/feature-status';
import { linkableFeatureGroups, linkedFeatures } from './goal-links';
import { useSetFeatureGoal } from './strategy.queries';

interface LinkedFeaturesProps {
  readonly workspaceId: string;
  readonly goal: Goal;
  readonly features: readonly Feature[];
}

/** The initiatives, features and ideas serving the objective; link more or unlink them here. */
export function LinkedFeatures({ workspaceId, goal, features }: LinkedFeaturesProps) {
  const setGoal = useSetFeatureGoal(workspaceId);
  const linked = linkedFeatures(goal, features);
  const byId = new Map(features.map((f) => [f.id, f]));

  const change = (feature: Feature, on: boolean) =>
    setGoal.mutate(
      { feature, goalId: goal.id, linked: on },
      {
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: on ? `${feature.title} was not linked` : `${feature.title} was not unlinked`,
            message: describeError(error),
          }),
      },
    );

  return (
    <Stack gap="xs" component="section" aria-label={`Features serving ${goal.title}`}>
      <Text fw={600} size="sm">
        Serving this objective
      </Text>
      {linked.length === 0 ? (
        <Text size="sm" c="dimmed">
          No initiative or feature is linked yet.
        </Text>
      ) : (
        <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {linked.map((feature) => (
            <Group key={feature.id} component="li" gap="xs" data-testid="linked-feature" wrap="nowrap">
              <Badge size="sm" variant="outline">
                {feature.kind}
              </Badge>
              <Text size="sm" style={{ flex: 1 }}>
                {feature.title}
              </Text>
              <Text size="xs" c="dimmed">
                {statusLabel(feature.status)}
              </Text>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Unlink ${feature.title}`}
                disabled={setGoal.isPending}
                onClick={() => change(feature, false)}
              >
                <IconUnlink size={16} />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
      <Select
        label="Link a feature"
        aria-label={`Link a feature to ${goal.title}`}
        placeholder="Search initiatives, features and ideas"
        searchable
        nothingFoundMessage="No unlinked feature matches"
        data={linkableFeatureGroups(goal, features)}
        value={null}
        disabled={setGoal.isPending}
        onChange={(id) => {
          const feature = id ? byId.get(id) : undefined;
          if (feature) change(feature, true);
        }}
        maw={420}
      />
    </Stack>
  );
}
