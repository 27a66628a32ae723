import { Alert, Badge, Blockquote, Drawer, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { Feature } from '@tandem/api';
import { describeError } from '../../lib/problem';
import { useFeatureEvidence } from './product.queries';

/** A feature's evidence: how many items, from which customers and segments, and the quotes. */
export function EvidencePanel({
  feature,
  onClose,
}: {
  readonly feature: Feature | null;
  readonly onClose: () => void;
}) {
  const evidence = useFeatureEvidence(feature?.id ?? null);
  return (
    <Drawer
      opened={feature !== null}
      onClose={onClose}
      position="right"
      size="md"
      title={feature ? `Evidence: ${feature.title}` : ''}
    >
      {evidence.isPending && feature && <Loader size="sm" aria-label="Loading evidence" />}
      {evidence.error && (
        <Alert color="red" role="alert">
          {describeError(evidence.error)}
        </Alert>
      )}
      {evidence.data && (
        <Stack data-testid="evidence-panel">
          <Text size="sm" data-testid="evidence-count">
            {evidence.data.count} feedback item{evidence.data.count === 1 ? '' : 's'}
          </Text>
          {evidence.data.count === 0 && (
            <Text size="sm" c="dimmed">
              No feedback is linked yet. Triage items in the feedback inbox to build the case.
            </Text>
          )}
          {evidence.data.customers.length > 0 && (
            <Stack gap={4}>
              <Title order={4}>Customers</Title>
              <Group gap="xs">
                {evidence.data.customers.map((customer) => (
                  <Badge key={`${customer.name}/${customer.company}`} variant="light">
                    {customer.name || 'Unnamed'}
                    {customer.company ? ` · ${customer.company}` : ''} ({customer.count})
                  </Badge>
                ))}
              </Group>
            </Stack>
          )}
          {evidence.data.segments.length > 0 && (
            <Stack gap={4}>
              <Title order={4}>Segments</Title>
              <Group gap="xs">
                {evidence.data.segments.map((segment) => (
                  <Badge key={segment.name} variant="outline">
                    {segment.name || 'No segment'} ({segment.count})
                  </Badge>
                ))}
              </Group>
            </Stack>
          )}
          {evidence.data.quotes.length > 0 && (
            <Stack gap={4}>
              <Title order={4}>Quotes</Title>
              {evidence.data.quotes.map((quote) => (
                <Blockquote
                  key={quote.id}
                  p="sm"
                  cite={[quote.customer, quote.company].filter(Boolean).join(', ') || undefined}
                >
                  {quote.text}
                </Blockquote>
              ))}
            </Stack>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
