import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Feature, FeatureStatus } from '@tandem/api';
import { useState } from 'react';
import { describeError } from '../../lib/problem';
import { FEATURE_STATUSES } from './feature-status';
import { useUpdateFeature } from './product.queries';

/** The status workflow of one feature; rejecting asks for the reason first. */
export function StatusControl({
  feature,
  workspaceId,
}: {
  readonly feature: Feature;
  readonly workspaceId: string;
}) {
  const update = useUpdateFeature(workspaceId);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');

  const save = (status: FeatureStatus, statusReason?: string) =>
    update.mutate(
      { featureId: feature.id, body: { version: feature.version, status, statusReason } },
      {
        onSuccess: () => setRejecting(false),
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: `${feature.title}: status not changed`,
            message: describeError(error),
          }),
      },
    );

  return (
    <>
      <Select
        size="xs"
        aria-label={`Status of ${feature.title}`}
        data={FEATURE_STATUSES.map(({ value, label }) => ({ value, label }))}
        value={feature.status}
        allowDeselect={false}
        disabled={update.isPending}
        onChange={(value) => {
          if (!value || value === feature.status) return;
          if (value === 'rejected') {
            setReason('');
            setRejecting(true);
            return;
          }
          save(value as FeatureStatus);
        }}
      />
      <Modal opened={rejecting} onClose={() => setRejecting(false)} title={`Reject “${feature.title}”`}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save('rejected', reason.trim());
          }}
        >
          <Stack>
            <Textarea
              label="Reason"
              description="Shown to whoever asked for it"
              required
              autoFocus
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={update.error ? describeError(update.error) : undefined}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRejecting(false)}>
                Cancel
              </Button>
              <Button type="submit" color="red" disabled={reason.trim() === ''} loading={update.isPending}>
                Reject
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
