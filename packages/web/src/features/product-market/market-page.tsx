import { Stack, Tabs, Text } from '@mantine/core';
import { IconLayoutGrid, IconSwords, IconTable, IconTrendingUp } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { PageHeader } from '../../components/page/page-header';
import { usePageTitle } from '../../lib/use-page-title';
import { ComparisonMatrixTab } from './comparison-matrix-tab';
import { CompetitorsTab } from './competitors-tab';
import { useLiveMarket } from './market-live';
import { MARKET_TAB_LABELS, MARKET_TABS, type MarketTab } from './market-tabs';
import { SwotTab } from './swot-tab';
import { TrendsTab } from './trends-tab';
import { useCanEdit } from './use-can-edit';

const ICONS: Readonly<Record<MarketTab, ReactNode>> = {
  competitors: <IconSwords size={16} />,
  matrix: <IconTable size={16} />,
  trends: <IconTrendingUp size={16} />,
  swot: <IconLayoutGrid size={16} />,
};

interface MarketPageProps {
  readonly workspaceId: string;
  readonly tab: MarketTab;
  readonly onTabChange: (tab: MarketTab) => void;
}

/** Market analysis: competitors, the feature comparison, the trends log and a SWOT per product. */
export function MarketPage({ workspaceId, tab, onTabChange }: MarketPageProps) {
  usePageTitle(`Market · ${MARKET_TAB_LABELS[tab]}`);
  useLiveMarket(workspaceId);
  const canEdit = useCanEdit(workspaceId);
  return (
    <Stack gap="lg">
      <PageHeader
        title="Market"
        meta={
          <Text size="sm" c="dimmed">
            Who we compete with, how our features compare, what is changing, and where each product stands
          </Text>
        }
      />
      <Tabs
        value={tab}
        onChange={(value) => value && onTabChange(value as MarketTab)}
        aria-label="Market analysis"
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {MARKET_TABS.map((name) => (
            <Tabs.Tab key={name} value={name} leftSection={ICONS[name]}>
              {MARKET_TAB_LABELS[name]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="competitors">
          <CompetitorsTab workspaceId={workspaceId} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="matrix">
          <ComparisonMatrixTab
            workspaceId={workspaceId}
            canEdit={canEdit}
            onAddCompetitor={() => onTabChange('competitors')}
          />
        </Tabs.Panel>
        <Tabs.Panel value="trends">
          <TrendsTab workspaceId={workspaceId} canEdit={canEdit} />
        </Tabs.Panel>
        {/* kept mounted so an unsaved SWOT survives a look at another tab */}
        <Tabs.Panel value="swot" keepMounted>
          <SwotTab workspaceId={workspaceId} canEdit={canEdit} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
