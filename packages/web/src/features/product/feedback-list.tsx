import { Badge, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Feature, FeedbackItem } from '@tandem/api';
import { describeError } from '../../lib/problem';
import { featureOptions, useCreateIdeaFromFeedback, useUpdateFeedback } from './product.queries';

const IMPORTANCE_COLOR: Readonly<Record<FeedbackItem['importance'], string>> = {
  low: 'gray',
  medium: 'blue',
  high: 'orange',
  critical: 'red',
};

interface FeedbackListProps {
  readonly workspaceId: string;
  readonly items: readonly FeedbackItem[];
  readonly features: readonly Feature[];
  readonly onShowEvidence: (feature: Feature) => void;
}

/** The inbox: each item with its customer, and triage (link to a feature, create an idea, archive). */
export function FeedbackList({ workspaceId, items, features, onShowEvidence }: FeedbackListProps) {
  const byId = new Map(features.map((feature) => [feature.id, feature]));
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Feedback">
      {items.map((item) => (
        <FeedbackRow
          key={item.id}
          workspaceId={workspaceId}
          item={item}
          features={features}
          linked={item.featureId ? (byId.get(item.featureId) ?? null) : null}
          onShowEvidence={onShowEvidence}
        />
      ))}
    </Stack>
  );
}

interface FeedbackRowProps {
  readonly workspaceId: string;
  readonly item: FeedbackItem;
  readonly features: readonly Feature[];
  readonly linked: Feature | null;
  readonly onShowEvidence: (feature: Feature) => void;
}

function FeedbackRow({ workspaceId, item, features, linked, onShowEvidence }: FeedbackRowProps) {
  const update = useUpdateFeedback(workspaceId);
  const createIdea = useCreateIdeaFromFeedback(workspaceId);
  const fail = (title: string) => (error: unknown) =>
    notifications.show({ color: 'red', title, message: describeError(error) });
  const preview = item.text.length > 60 ? `${item.text.slice(0, 60)}…` : item.text;

  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      data-testid="feedback-item"
      data-feedback-id={item.id}
    >
      <Stack gap={6}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {item.text}
        </Text>
        <Group gap="xs">
          <Badge size="sm" variant="light" color={IMPORTANCE_COLOR[item.importance]}>
            {item.importance}
          </Badge>
          <Badge size="sm" variant="outline" color={item.status === 'new' ? 'yellow' : 'gray'}>
            {item.status}
          </Badge>
          {[item.customer, item.company, item.segment, item.source].filter(Boolean).map((fact) => (
            <Text key={fact} size="xs" c="dimmed">
              {fact}
            </Text>
          ))}
          {item.tags.map((tag) => (
            <Badge key={tag} size="xs" variant="dot">
              {tag}
            </Badge>
          ))}
        </Group>
        <Group gap="xs" align="flex-end">
          <Select
            size="xs"
            w={280}
            aria-label={`Feature for “${preview}”`}
            placeholder="Link to a feature…"
            searchable
            clearable
            data={featureOptions(features)}
            value={item.featureId}
            disabled={update.isPending}
            onChange={(featureId) =>
              update.mutate(
                { itemId: item.id, body: { version: item.version, featureId } },
                { onError: fail('Feedback not triaged') },
              )
            }
          />
          {!item.featureId && (
            <Button
              size="xs"
              variant="light"
              loading={createIdea.isPending}
              onClick={() =>
                createIdea.mutate(
                  { itemId: item.id, version: item.version },
                  {
                    onSuccess: ({ feature }) =>
                      notifications.show({ color: 'green', title: 'Idea created', message: feature.title }),
                    onError: fail('Idea not created'),
                  },
                )
              }
            >
              Create idea
            </Button>
          )}
          {linked && (
            <Button size="xs" variant="subtle" onClick={() => onShowEvidence(linked)}>
              Evidence for {linked.title}
            </Button>
          )}
          {item.status !== 'archived' && (
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              loading={update.isPending}
              onClick={() =>
                update.mutate(
                  { itemId: item.id, body: { version: item.version, status: 'archived' } },
                  { onError: fail('Feedback not archived') },
                )
              }
            >
              Archive
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
