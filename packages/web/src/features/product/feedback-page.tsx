import { Group, SegmentedControl, Select, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import type { Feature, FeedbackItem } from '@tandem/api';
import { useMemo, useState } from 'react';
import { PageHeader } from '../../components/page/page-header';
import { EmptyState } from '../../components/states/empty-state';
import { ErrorState } from '../../components/states/error-state';
import { EvidencePanel } from './evidence-panel';
import { FeedbackCaptureForm } from './feedback-capture-form';
import { filterFeedback } from './feedback-filter';
import { FeedbackImport } from './feedback-import';
import { FeedbackList } from './feedback-list';
import { type FeedbackStatusFilter, useFeatures, useFeedback } from './product.queries';
import { useLiveProduct } from './product-live';

const FILTERS: { value: FeedbackStatusFilter; label: string }[] = [
  { value: 'new', label: 'New' },
  { value: 'triaged', label: 'Triaged' },
  { value: 'archived', label: 'Archived' },
  { value: 'all', label: 'All' },
];

/** The feedback inbox: capture, import, filter and triage customer feedback into evidence. */
export function FeedbackPage({ workspaceId }: { readonly workspaceId: string }) {
  const [status, setStatus] = useState<FeedbackStatusFilter>('new');
  const feedback = useFeedback(workspaceId, status);
  const features = useFeatures(workspaceId);
  useLiveProduct(workspaceId);
  const [evidenceOf, setEvidenceOf] = useState<Feature | null>(null);
  const [query, setQuery] = useState('');
  const [importance, setImportance] = useState<FeedbackItem['importance'] | null>(null);
  const featureList = features.data ?? [];
  const shown = useMemo(
    () => filterFeedback(feedback.data ?? [], { query, importance }),
    [feedback.data, query, importance],
  );

  return (
    <Stack gap="lg">
      <PageHeader title="Feedback" meta="What customers ask for, triaged into evidence for features" />
      <FeedbackCaptureForm workspaceId={workspaceId} features={featureList} />
      <Group justify="space-between" align="flex-start">
        <Group gap="xs" align="flex-end">
          <SegmentedControl
            aria-label="Show feedback"
            data={FILTERS}
            value={status}
            onChange={(value) => setStatus(value as FeedbackStatusFilter)}
          />
          <TextInput
            aria-label="Search feedback"
            placeholder="Search text, customer, tags…"
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
          <Select
            aria-label="Filter by importance"
            placeholder="Any importance"
            data={['low', 'medium', 'high', 'critical']}
            value={importance}
            onChange={(value) => setImportance(value as FeedbackItem['importance'] | null)}
            clearable
            w={160}
          />
        </Group>
        <FeedbackImport workspaceId={workspaceId} />
      </Group>
      {feedback.isPending && <Skeleton h={160} />}
      {feedback.error && (
        <ErrorState
          title="The inbox could not be loaded"
          error={feedback.error}
          onRetry={() => void feedback.refetch()}
        />
      )}
      {feedback.data && feedback.data.length === 0 && (
        <EmptyState
          icon={<IconInbox size={22} />}
          title={status === 'new' ? 'Inbox zero' : 'Nothing here'}
          description="Capture feedback above or import a CSV; new items wait here until they are triaged."
        />
      )}
      {feedback.data && feedback.data.length > 0 && shown.length === 0 && (
        <Text size="sm" c="dimmed">
          No feedback matches the search.
        </Text>
      )}
      {shown.length > 0 && (
        <FeedbackList
          workspaceId={workspaceId}
          items={shown}
          features={featureList}
          onShowEvidence={setEvidenceOf}
        />
      )}
      <EvidencePanel feature={evidenceOf} onClose={() => setEvidenceOf(null)} />
    </Stack>
  );
}
