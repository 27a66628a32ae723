import {
  ActionIcon,
  Badge,
  Box,
  Group,
  Menu,
  Table,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowDown, IconDots, IconLink, IconMessage, IconStars } from '@tabler/icons-react';
import type { Feature } from '@tandem/api';
import { featureOutline } from './feature-hierarchy';
import { SCORE_LABELS, type ScoreMetric } from './feature-scores';
import { ScoreCell } from './score-cell';
import { StatusControl } from './status-control';

export type BacklogSort = ScoreMetric | 'rank';

interface BacklogTableProps {
  readonly workspaceId: string;
  /** Already in display order. */
  readonly features: readonly Feature[];
  readonly sort: BacklogSort;
  readonly onSort: (sort: BacklogSort) => void;
  readonly onScore: (feature: Feature) => void;
  readonly onLink: (feature: Feature) => void;
  readonly onEvidence: (feature: Feature) => void;
}

const METRICS: readonly ScoreMetric[] = ['rice', 'wsjf', 'valueEffort', 'scorecard'];

/**
 * The ranked backlog. Sorted by rank the initiatives show their features indented below them;
 * sorted by a score the list is flat so the order is the score's.
 */
export function BacklogTable({
  workspaceId,
  features,
  sort,
  onSort,
  onScore,
  onLink,
  onEvidence,
}: BacklogTableProps) {
  const rows =
    sort === 'rank' ? featureOutline(features) : features.map((feature) => ({ feature, depth: 0 }));
  return (
    <Table.ScrollContainer minWidth={1030}>
      <Table striped highlightOnHover aria-label="Backlog" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40} aria-sort={sort === 'rank' ? 'ascending' : undefined}>
              <SortButton label="#" active={sort === 'rank'} onClick={() => onSort('rank')} name="rank" />
            </Table.Th>
            <Table.Th>Title</Table.Th>
            <Table.Th w={200}>Status</Table.Th>
            {METRICS.map((metric) => (
              <Table.Th key={metric} w={130} aria-sort={sort === metric ? 'descending' : undefined}>
                <SortButton
                  label={SCORE_LABELS[metric]}
                  active={sort === metric}
                  onClick={() => onSort(metric)}
                  name={SCORE_LABELS[metric]}
                />
              </Table.Th>
            ))}
            <Table.Th w={90}>Evidence</Table.Th>
            <Table.Th w={48}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ feature, depth }, index) => (
            <Table.Tr key={feature.id} data-feature-id={feature.id} data-testid="backlog-row">
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {index + 1}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap" pl={depth * 20}>
                  <Badge
                    size="xs"
                    variant="light"
                    color={
                      feature.kind === 'initiative' ? 'grape' : feature.kind === 'idea' ? 'gray' : 'blue'
                    }
                  >
                    {feature.kind}
                  </Badge>
                  <Box>
                    <Text size="sm" fw={feature.kind === 'initiative' ? 600 : 400}>
                      {feature.title}
                    </Text>
                    {feature.status === 'rejected' && feature.statusReason && (
                      <Text size="xs" c="dimmed">
                        Rejected: {feature.statusReason}
                      </Text>
                    )}
                  </Box>
                </Group>
              </Table.Td>
              <Table.Td>
                <StatusControl feature={feature} workspaceId={workspaceId} />
              </Table.Td>
              {METRICS.map((metric) => (
                <Table.Td key={metric}>
                  <ScoreCell scores={feature.scores} metric={metric} />
                </Table.Td>
              ))}
              <Table.Td>
                <UnstyledButton
                  onClick={() => onEvidence(feature)}
                  aria-label={`Evidence for ${feature.title}: ${feature.evidenceCount}`}
                >
                  <Badge
                    variant="light"
                    color={feature.evidenceCount > 0 ? 'teal' : 'gray'}
                    leftSection={<IconMessage size={12} />}
                  >
                    {feature.evidenceCount}
                  </Badge>
                </UnstyledButton>
              </Table.Td>
              <Table.Td>
                <Menu position="bottom-end">
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${feature.title}`}>
                      <IconDots size={16} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconStars size={14} />} onClick={() => onScore(feature)}>
                      Score…
                    </Menu.Item>
                    <Menu.Item leftSection={<IconLink size={14} />} onClick={() => onLink(feature)}>
                      Link to project work…
                    </Menu.Item>
                    <Menu.Item leftSection={<IconMessage size={14} />} onClick={() => onEvidence(feature)}>
                      Evidence
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function SortButton({
  label,
  name,
  active,
  onClick,
}: {
  label: string;
  name: string;
  active: boolean;
  onClick: () => void;
}) {
  return (
    <UnstyledButton onClick={onClick} aria-label={`Sort by ${name}`} aria-pressed={active}>
      <Group gap={4} wrap="nowrap">
        <Text size="sm" fw={600}>
          {label}
        </Text>
        {active && <IconArrowDown size={12} aria-hidden />}
      </Group>
    </UnstyledButton>
  );
}
