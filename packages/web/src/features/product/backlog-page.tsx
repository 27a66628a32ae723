import { Alert, Button, Group, Paper, Select, Skeleton, Stack, TextInput, Title } from '@mantine/core';
import { IconListNumbers, IconScale } from '@tabler/icons-react';
import type { Feature, FeatureKind } from '@tandem/api';
import { useMemo, useState } from 'react';
import { PageHeader } from '../../components/page/page-header';
import { EmptyState } from '../../components/states/empty-state';
import { ErrorState } from '../../components/states/error-state';
import { describeError } from '../../lib/problem';
import { LazyEChart } from '../controls/lazy-echart';
import { type BacklogSort, BacklogTable } from './backlog-table';
import { EvidencePanel } from './evidence-panel';
import { FeatureLinksModal } from './feature-links-modal';
import { sortFeatures } from './feature-scores';
import { useCreateFeature, useFeatures } from './product.queries';
import { useLiveProduct } from './product-live';
import { ScorecardDrawer } from './scorecard-drawer';
import { ScoringEditor } from './scoring-editor';
import { valueEffortOption, valueEffortPoints } from './value-effort-chart';

/** The ranked backlog of ideas, features and initiatives, with scoring and the value/effort 2×2. */
export function BacklogPage({ workspaceId }: { readonly workspaceId: string }) {
  const features = useFeatures(workspaceId);
  useLiveProduct(workspaceId);
  const [sort, setSort] = useState<BacklogSort>('rank');
  const [scoring, setScoring] = useState<Feature | null>(null);
  const [linking, setLinking] = useState<Feature | null>(null);
  const [evidenceOf, setEvidenceOf] = useState<Feature | null>(null);
  const [scorecardOpen, setScorecardOpen] = useState(false);
  const ordered = useMemo(() => sortFeatures(features.data ?? [], sort), [features.data, sort]);
  const points = useMemo(() => valueEffortPoints(features.data ?? []), [features.data]);
  const chartOption = useMemo(() => valueEffortOption(points), [points]);
  // the open dialogs read the latest copy so a save after another edit sends the current version
  const latest = (feature: Feature | null) =>
    feature ? (features.data?.find((f) => f.id === feature.id) ?? feature) : null;
  const scoringFeature = latest(scoring);
  const linkingFeature = latest(linking);

  return (
    <Stack gap="lg">
      <PageHeader
        title="Backlog"
        meta="Ideas, features and initiatives, ranked by what matters now"
        actions={
          <Button
            variant="light"
            leftSection={<IconScale size={16} />}
            onClick={() => setScorecardOpen(true)}
          >
            Scorecard
          </Button>
        }
      />
      <NewFeatureForm workspaceId={workspaceId} features={features.data ?? []} />
      {features.isPending && <Skeleton h={240} />}
      {features.error && (
        <ErrorState
          title="The backlog could not be loaded"
          error={features.error}
          onRetry={() => void features.refetch()}
        />
      )}
      {features.data && features.data.length === 0 && (
        <EmptyState
          icon={<IconListNumbers size={22} />}
          title="No ideas yet"
          description="Add an idea above, or turn customer feedback into one from the feedback inbox."
        />
      )}
      {features.data && features.data.length > 0 && (
        <>
          <Paper withBorder radius="md">
            <BacklogTable
              workspaceId={workspaceId}
              features={ordered}
              sort={sort}
              onSort={setSort}
              onScore={setScoring}
              onLink={setLinking}
              onEvidence={setEvidenceOf}
            />
          </Paper>
          <Paper withBorder radius="md" p="md">
            <Title order={3} mb="xs">
              Value / effort
            </Title>
            {points.length === 0 ? (
              <Alert color="gray">
                Give features a value and an effort (Score…) to place them on the 2×2.
              </Alert>
            ) : (
              <LazyEChart
                option={chartOption}
                height={320}
                label={`Value against effort for ${points.length} features: ${points.map((p) => `${p.title} value ${p.value} effort ${p.effort}`).join('; ')}`}
                testId="value-effort-chart"
              />
            )}
          </Paper>
        </>
      )}
      {scoringFeature && (
        <ScoringEditor feature={scoringFeature} workspaceId={workspaceId} onClose={() => setScoring(null)} />
      )}
      {linkingFeature && (
        <FeatureLinksModal
          feature={linkingFeature}
          workspaceId={workspaceId}
          onClose={() => setLinking(null)}
        />
      )}
      <EvidencePanel feature={evidenceOf} onClose={() => setEvidenceOf(null)} />
      <ScorecardDrawer
        workspaceId={workspaceId}
        opened={scorecardOpen}
        onClose={() => setScorecardOpen(false)}
      />
    </Stack>
  );
}

function NewFeatureForm({
  workspaceId,
  features,
}: {
  readonly workspaceId: string;
  readonly features: readonly Feature[];
}) {
  const create = useCreateFeature(workspaceId);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<FeatureKind>('idea');
  const [parentId, setParentId] = useState<string | null>(null);
  const initiatives = features.filter((feature) => feature.kind === 'initiative');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate({ title: title.trim(), kind, parentId }, { onSuccess: () => setTitle('') });
      }}
    >
      <Group align="flex-end" gap="xs">
        <TextInput
          label="New item"
          placeholder="What should we build?"
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          style={{ flex: 1, minWidth: 220 }}
          error={create.error ? describeError(create.error) : undefined}
        />
        <Select
          label="Kind"
          w={140}
          data={[
            { value: 'idea', label: 'Idea' },
            { value: 'feature', label: 'Feature' },
            { value: 'initiative', label: 'Initiative' },
          ]}
          value={kind}
          allowDeselect={false}
          onChange={(value) => value && setKind(value as FeatureKind)}
        />
        <Select
          label="Initiative"
          w={200}
          placeholder="None"
          clearable
          data={initiatives.map((initiative) => ({ value: initiative.id, label: initiative.title }))}
          value={parentId}
          onChange={setParentId}
          disabled={kind === 'initiative' || initiatives.length === 0}
        />
        <Button type="submit" disabled={title.trim() === ''} loading={create.isPending}>
          Add
        </Button>
      </Group>
    </form>
  );
}
