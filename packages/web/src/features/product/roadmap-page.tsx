import { Skeleton, Stack, Tabs } from '@mantine/core';
import { useMemo, useState } from 'react';
import { PageHeader } from '../../components/page/page-header';
import { ErrorState } from '../../components/states/error-state';
import { useGoals, useProducts } from '../product-strategy/strategy.queries';
import { CapacitySection } from './capacity-section';
import { useFeatures } from './product.queries';
import { useLiveProduct } from './product-live';
import { ReleasesSection } from './releases-section';
import { useReleases } from './roadmap.queries';
import { RoadmapBoard } from './roadmap-board';
import { RoadmapFeaturePanel } from './roadmap-feature-panel';
import { type RoadmapSearch, type RoadmapView, validateRoadmapSearch } from './roadmap-search';
import type { LaneCatalog } from './roadmap-swimlanes';
import { RoadmapTimelineView } from './roadmap-timeline-view';
import { ShareLinksSection } from './share-links-section';

interface RoadmapPageProps {
  readonly workspaceId: string;
  /** Tab, swimlanes and scale as in the address. */
  readonly search: RoadmapSearch;
  readonly onSearchChange: (search: RoadmapSearch) => void;
}

/** The roadmap: now/next/later board, the forecast timeline, releases and share links. */
export function RoadmapPage({ workspaceId, search, onSearchChange }: RoadmapPageProps) {
  const features = useFeatures(workspaceId);
  useLiveProduct(workspaceId);
  const releases = useReleases(workspaceId);
  const goals = useGoals(workspaceId);
  const products = useProducts(workspaceId);
  const [openFeatureId, setOpenFeatureId] = useState<string | null>(null);
  const list = features.data ?? [];
  const catalog = useMemo<LaneCatalog>(
    () => ({ releases: releases.data ?? [], goals: goals.data ?? [], products: products.data ?? [] }),
    [releases.data, goals.data, products.data],
  );
  const openFeature = list.find((feature) => feature.id === openFeatureId) ?? null;
  const change = (next: RoadmapSearch) => onSearchChange(validateRoadmapSearch({ ...search, ...next }));
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
        <Tabs
          value={search.view ?? 'board'}
          onChange={(view) => change({ view: (view ?? 'board') as RoadmapView })}
          keepMounted={false}
        >
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
            <RoadmapTimelineView
              features={list}
              catalog={catalog}
              scale={search.scale ?? 'month'}
              grouping={search.lanes ?? 'release'}
              onScaleChange={(scale) => change({ scale })}
              onGroupingChange={(lanes) => change({ lanes })}
              onOpenFeature={setOpenFeatureId}
            />
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
      {openFeature && (
        <RoadmapFeaturePanel
          key={`${openFeature.id}:${openFeature.version}`}
          workspaceId={workspaceId}
          feature={openFeature}
          catalog={catalog}
          onClose={() => setOpenFeatureId(null)}
        />
      )}
    </Stack>
  );
}
