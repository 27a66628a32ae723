import { Alert, Button, Group, Select, Skeleton, Stack, TextInput } from '@mantine/core';
import type { Feature } from '@tandem/api';
import { useState } from 'react';
import { ErrorState } from '../../components/states/error-state';
import { describeError } from '../../lib/problem';
import { ReleasePanel } from './release-panel';
import { useCreateRelease, useReleases } from './roadmap.queries';

/** Releases: create one with a target date, then pick one to see its scope, forecast and notes. */
export function ReleasesSection({
  workspaceId,
  features,
}: {
  readonly workspaceId: string;
  readonly features: readonly Feature[];
}) {
  const releases = useReleases(workspaceId);
  const create = useCreateRelease(workspaceId);
  const [name, setName] = useState('');
  const [versionLabel, setVersionLabel] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const release = releases.data?.find((candidate) => candidate.id === selected) ?? releases.data?.[0] ?? null;

  return (
    <Stack gap="md">
      <form
        aria-label="New release"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(
            { name: name.trim(), versionLabel: versionLabel.trim(), targetDate: targetDate || null },
            {
              onSuccess: (created) => {
                setName('');
                setVersionLabel('');
                setTargetDate('');
                setSelected(created.id);
              },
            },
          );
        }}
      >
        <Group align="flex-end" gap="xs">
          <TextInput
            label="Release name"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            required
          />
          <TextInput
            label="Version"
            w={120}
            value={versionLabel}
            onChange={(event) => setVersionLabel(event.currentTarget.value)}
          />
          <TextInput
            label="Target date"
            type="date"
            value={targetDate}
            onChange={(event) => setTargetDate(event.currentTarget.value)}
          />
          <Button type="submit" disabled={name.trim() === ''} loading={create.isPending}>
            Create release
          </Button>
        </Group>
        {create.error && (
          <Alert color="red" mt="xs" role="alert">
            {describeError(create.error)}
          </Alert>
        )}
      </form>
      {releases.isPending && <Skeleton h={120} />}
      {releases.error && (
        <ErrorState
          title="Releases could not be loaded"
          error={releases.error}
          onRetry={() => void releases.refetch()}
        />
      )}
      {releases.data && releases.data.length === 0 && (
        <Alert color="gray">No release yet. Create one above, then choose the features it ships.</Alert>
      )}
      {releases.data && release && (
        <>
          <Select
            label="Release"
            w={320}
            data={releases.data.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
            value={release.id}
            allowDeselect={false}
            onChange={setSelected}
          />
          <ReleasePanel
            key={`${release.id}:${release.version}`}
            workspaceId={workspaceId}
            release={release}
            features={features}
          />
        </>
      )}
    </Stack>
  );
}
