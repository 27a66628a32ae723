import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  List,
  MultiSelect,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { Feature, Release, ScopePreview } from '@tandem/api';
import { useState } from 'react';
import { formatDate } from '../../lib/format';
import { describeError } from '../../lib/problem';
import { useGoals } from '../product-strategy/strategy.queries';
import { featureOptions } from './product.queries';
import { useApplyScope, usePreviewScope, useReleaseNotes } from './roadmap.queries';
import { previewLines, scopeChange } from './scope-preview';

interface ReleasePanelProps {
  readonly workspaceId: string;
  readonly release: Release;
  readonly features: readonly Feature[];
}

/** One release: its forecast, generated notes, and a scope change previewed (date, cost, goals) before saving. */
export function ReleasePanel({ workspaceId, release, features }: ReleasePanelProps) {
  const notes = useReleaseNotes(release.id);
  const previewScope = usePreviewScope();
  const applyScope = useApplyScope(workspaceId);
  const [chosen, setChosen] = useState<string[]>(release.featureIds);
  const [preview, setPreview] = useState<ScopePreview | null>(null);
  const change = scopeChange(release.featureIds, chosen);
  const changed = change.add.length + change.remove.length > 0;
  const byId = new Map(features.map((feature) => [feature.id, feature]));
  const goals = useGoals(workspaceId);
  const goalTitle = (id: string) => goals.data?.find((goal) => goal.id === id)?.title;

  const runPreview = () =>
    previewScope.mutate({ releaseId: release.id, ...change }, { onSuccess: setPreview });

  const save = () => {
    const writes = [
      ...change.add.flatMap((id) => {
        const feature = byId.get(id);
        return feature ? [{ featureId: id, version: feature.version, releaseId: release.id }] : [];
      }),
      ...change.remove.flatMap((id) => {
        const feature = byId.get(id);
        return feature ? [{ featureId: id, version: feature.version, releaseId: null }] : [];
      }),
    ];
    applyScope.mutate(writes, { onSuccess: () => setPreview(null) });
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid="release-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>
            {release.name}{' '}
            {release.versionLabel && (
              <Text span c="dimmed">
                {release.versionLabel}
              </Text>
            )}
          </Title>
          <Group gap="xs">
            <Badge variant="light">{release.status}</Badge>
            <Text size="sm">Target {formatDate(release.targetDate)}</Text>
            {release.forecast && (
              <Text size="sm" c="dimmed">
                Forecast {formatDate(release.forecast.p80 ?? release.forecast.cpmFinish)} (
                {release.forecast.p80 ? 'P80' : 'CPM'})
              </Text>
            )}
            {release.forecast?.late && <Badge color="red">late</Badge>}
          </Group>
        </Group>
        <MultiSelect
          label="Features in this release"
          data={featureOptions(features.filter((feature) => feature.kind !== 'initiative'))}
          value={chosen}
          onChange={(value) => {
            setChosen(value);
            setPreview(null);
          }}
          searchable
        />
        {changed && (
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={runPreview} loading={previewScope.isPending}>
              Preview change
            </Button>
            <Button size="xs" onClick={save} disabled={preview === null} loading={applyScope.isPending}>
              Save scope
            </Button>
            <Button size="xs" variant="subtle" color="gray" onClick={() => setChosen(release.featureIds)}>
              Undo
            </Button>
          </Group>
        )}
        {preview && (
          <Alert color="blue" title="If you save this change" role="status" data-testid="scope-preview">
            <List size="sm">
              {previewLines(preview, (value) => formatDate(value), goalTitle).map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {(previewScope.error || applyScope.error) && (
          <Alert color="red" role="alert">
            {describeError(previewScope.error ?? applyScope.error)}
          </Alert>
        )}
        <Text fw={600} size="sm">
          Release notes
        </Text>
        {notes.error && <Alert color="red">{describeError(notes.error)}</Alert>}
        {notes.data && (
          <Code block data-testid="release-notes">
            {notes.data.markdown}
          </Code>
        )}
      </Stack>
    </Paper>
  );
}
