import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { CreateFeedbackRequest, Feature } from '@tandem/api';
import { useState } from 'react';
import { describeError, formErrorsFrom } from '../../lib/problem';
import { featureOptions, useCreateFeedback } from './product.queries';

type Importance = NonNullable<CreateFeedbackRequest['importance']>;

const EMPTY = { text: '', customer: '', company: '', segment: '', source: '' };

/** Captures one piece of feedback; linking it to a feature at once triages it. */
export function FeedbackCaptureForm({
  workspaceId,
  features,
}: {
  readonly workspaceId: string;
  readonly features: readonly Feature[];
}) {
  const create = useCreateFeedback(workspaceId);
  const [fields, setFields] = useState(EMPTY);
  const [importance, setImportance] = useState<Importance>('medium');
  const [tags, setTags] = useState<string[]>([]);
  const [featureId, setFeatureId] = useState<string | null>(null);
  const errors = formErrorsFrom(create.error);
  // read the value now: React clears `currentTarget` before a deferred state updater runs
  const set = (key: keyof typeof EMPTY) => (event: { currentTarget: { value: string } }) => {
    const { value } = event.currentTarget;
    setFields((current) => ({ ...current, [key]: value }));
  };

  return (
    <Paper withBorder radius="md" p="md">
      <form
        aria-label="Capture feedback"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(
            { ...fields, text: fields.text.trim(), importance, tags, featureId },
            {
              onSuccess: () => {
                setFields(EMPTY);
                setTags([]);
                setFeatureId(null);
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <Title order={3}>Capture feedback</Title>
          <Textarea
            label="What did they say?"
            required
            autosize
            minRows={2}
            value={fields.text}
            onChange={set('text')}
            error={errors.text}
          />
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <TextInput
              label="Customer"
              value={fields.customer}
              onChange={set('customer')}
              error={errors.customer}
            />
            <TextInput
              label="Company"
              value={fields.company}
              onChange={set('company')}
              error={errors.company}
            />
            <TextInput
              label="Segment"
              value={fields.segment}
              onChange={set('segment')}
              error={errors.segment}
            />
            <TextInput
              label="Source"
              placeholder="call, email, support…"
              value={fields.source}
              onChange={set('source')}
              error={errors.source}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Select
              label="Importance"
              data={['low', 'medium', 'high', 'critical']}
              value={importance}
              allowDeselect={false}
              onChange={(value) => value && setImportance(value as Importance)}
            />
            <TagsInput label="Tags" value={tags} onChange={setTags} error={errors.tags} />
            <Select
              label="Feature (triage now)"
              placeholder="Leave in the inbox"
              clearable
              searchable
              data={featureOptions(features)}
              value={featureId}
              onChange={setFeatureId}
            />
          </SimpleGrid>
          {create.error && Object.keys(errors).length === 0 && (
            <Alert color="red" role="alert" title="Feedback not added">
              {describeError(create.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" disabled={fields.text.trim() === ''} loading={create.isPending}>
              Add feedback
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
