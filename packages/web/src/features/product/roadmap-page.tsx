import { Skeleton, Stack, Tabs } from '@mantine/core';
import { PageHeader } from '../../components/page/page-header';
import { ErrorState } from '../../components/states/error-state';
import { CapacitySection } from './capacity-section';
import { useFeatures } from './product.queries';
import { useLiveProduct } from './product-live';
import { ReleasesSection } from './releases-section';
import { useReleases } from './roadmap.queries';
import { RoadmapBoard } from './roadmap-board';
import { RoadmapTimelineView } from './roadmap-timeline-view';
import { ShareLinksSection } from './share-links-section';

/** The roadmap: now/next/later board, the forecast timeline, releases and share links. */
export function RoadmapPage({ workspaceId }: { readonly workspaceId: string }) {
  const features = useFeatures(workspaceId);
  useLiveProduct(workspaceId);
  const releases = useReleases(workspaceId);
  const list = features.data ?? [];
  return (
    <Stack gap="lg">
      <PageHeader
        title="Roadmap"
        meta="Dates are the live schedule’s forecast: P80 when simulated, else the critical path"
      />
      {features.isPending && <Skeleton h={240} />}
      {features.error && (
        <ErrorState
          title="The roadmap could not be loaded"
          error={features.error}
          onRetry={() => void features.refetch()}
        />
      )}
      {features.data && (
        <Tabs defaultValue="board" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="board">Now / next / later</Tabs.Tab>
            <Tabs.Tab value="timeline">Timeline</Tabs.Tab>
            <Tabs.Tab value="releases">Releases</Tabs.Tab>
            <Tabs.Tab value="capacity">Capacity</Tabs.Tab>
            <Tabs.Tab value="share">Share</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="board" pt="md">
            <RoadmapBoard workspaceId={workspaceId} features={list} />
          </Tabs.Panel>
          <Tabs.Panel value="timeline" pt="md">
            <RoadmapTimelineView features={list} releases={releases.data ?? []} />
          </Tabs.Panel>
          <Tabs.Panel value="releases" pt="md">
            <ReleasesSection workspaceId={workspaceId} features={list} />
          </Tabs.Panel>
          <Tabs.Panel value="capacity" pt="md">
            <CapacitySection workspaceId={workspaceId} />
          </Tabs.Panel>
          <Tabs.Panel value="share" pt="md">
            <ShareLinksSection workspaceId={workspaceId} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
