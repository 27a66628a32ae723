import { Badge, Table, Text } from '@mantine/core';
import type { Member, Risk, Task } from '@tandem/api';
import { strategyLabel } from './risk-form-modal';
import { LEVEL_COLOR, LEVEL_LABEL } from './risk-matrix';

interface RiskTableProps {
  readonly risks: readonly Risk[];
  readonly tasks: ReadonlyMap<string, Task>;
  readonly members: ReadonlyMap<string, Member>;
  readonly onOpen: (risk: Risk) => void;
}

const STATUS_LABEL: Record<Risk['status'], string> = {
  open: 'Open',
  monitoring: 'Monitoring',
  occurred: 'Occurred',
  closed: 'Closed',
};

/** The risk register: one row per risk; the score says its band in colour and in words. */
export function RiskTable({ risks, tasks, members, onOpen }: RiskTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label="Risk register" highlightOnHover striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Code</Table.Th>
            <Table.Th>Title</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th title="Probability rating 1–5">P</Table.Th>
            <Table.Th title="Schedule impact / cost impact ratings 1–5">I (S/C)</Table.Th>
            <Table.Th>Score</Table.Th>
            <Table.Th>Strategy</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Linked tasks</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {risks.map((risk) => (
            <Table.Tr
              key={risk.id}
              data-risk-id={risk.id}
              onClick={() => onOpen(risk)}
              style={{ cursor: 'pointer' }}
            >
              <Table.Td>
                <Text
                  component="button"
                  type="button"
                  size="sm"
                  fw={600}
                  c="blue"
                  style={{ background: 'none', border: 0, padding: 0, cursor: 'pointer' }}
                  aria-label={`Edit ${risk.code} ${risk.title}`}
                >
                  {risk.code}
                </Text>
              </Table.Td>
              <Table.Td>{risk.title}</Table.Td>
              <Table.Td>{risk.kind === 'threat' ? 'Threat' : 'Opportunity'}</Table.Td>
              <Table.Td>{risk.ownerId ? (members.get(risk.ownerId)?.name ?? '—') : '—'}</Table.Td>
              <Table.Td className="tabular">{risk.probability}</Table.Td>
              <Table.Td className="tabular">
                {risk.scheduleImpact}/{risk.costImpact}
              </Table.Td>
              <Table.Td data-column="score">
                <Badge color={LEVEL_COLOR[risk.level]} variant="light" style={{ overflow: 'visible' }}>
                  {risk.score} {LEVEL_LABEL[risk.level]}
                </Badge>
              </Table.Td>
              <Table.Td>{strategyLabel(risk.strategy)}</Table.Td>
              <Table.Td>{STATUS_LABEL[risk.status]}</Table.Td>
              <Table.Td data-column="tasks">
                {risk.taskIds.map((id) => tasks.get(id)?.name ?? 'deleted task').join(', ') || '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
