import { Badge, Button, Group, Progress, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { Goal, KeyResult, Member } from '@tandem/api';
import { Fragment, useState } from 'react';
import { CheckInHistory } from './check-in-history';
import { CONFIDENCE_COLOR, confidenceLevel, formatMeasure, formatRatio, progressColor } from './okr-format';

interface KeyResultsTableProps {
  readonly goal: Goal;
  readonly members: readonly Member[];
  readonly onCheckIn: (keyResult: KeyResult) => void;
}

/** The objective's key results: baseline → target, current, confidence, the server's progress. */
export function KeyResultsTable({ goal, members, onCheckIn }: KeyResultsTableProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  if (goal.keyResults.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No key results: edit the objective to say how success is measured.
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={`Key results of ${goal.title}`} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Key result</Table.Th>
            <Table.Th ta="right">Baseline</Table.Th>
            <Table.Th ta="right">Target</Table.Th>
            <Table.Th ta="right">Current</Table.Th>
            <Table.Th>Confidence</Table.Th>
            <Table.Th w={180}>Progress</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {goal.keyResults.map((kr) => {
            const expanded = open.has(kr.id);
            const level = confidenceLevel(kr.confidence);
            return (
              <Fragment key={kr.id}>
                <Table.Tr data-testid="key-result">
                  <Table.Td fw={500}>{kr.metric}</Table.Td>
                  <Table.Td ta="right">{formatMeasure(kr.baseline)}</Table.Td>
                  <Table.Td ta="right">{formatMeasure(kr.target)}</Table.Td>
                  <Table.Td ta="right" data-testid="key-result-current">
                    {formatMeasure(kr.current)}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={CONFIDENCE_COLOR[level]}>
                      {formatRatio(kr.confidence)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Progress
                        value={kr.progress * 100}
                        color={progressColor(kr.progress)}
                        aria-label={`Progress of ${kr.metric}`}
                        style={{ flex: 1 }}
                      />
                      <Text size="xs" w={40} ta="right" data-testid="key-result-progress">
                        {formatRatio(kr.progress)}
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <Button
                        size="compact-sm"
                        variant="light"
                        onClick={() => onCheckIn(kr)}
                        aria-label={`Check in on ${kr.metric}`}
                      >
                        Check in
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-expanded={expanded}
                        aria-label={`Check-in history of ${kr.metric}`}
                        leftSection={
                          expanded ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />
                        }
                        onClick={() => toggle(kr.id)}
                      >
                        History
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr>
                    <Table.Td colSpan={7} bg="var(--mantine-color-default-hover)">
                      <CheckInHistory keyResult={kr} members={members} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
