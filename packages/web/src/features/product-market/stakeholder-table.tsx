import { ActionIcon, Badge, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import type { Stakeholder } from '@tandem/api';
import { quadrantInfo, SCORE_LABELS } from './stakeholder-grid';

interface StakeholderTableProps {
  readonly stakeholders: readonly Stakeholder[];
  readonly productNames: ReadonlyMap<string, string>;
  /** Absent for viewers: the register is then read-only. */
  readonly onEdit?: (stakeholder: Stakeholder) => void;
  readonly onDelete?: (stakeholder: Stakeholder) => void;
}

/** The stakeholder register: who, where, how much power and interest, and the engagement plan. */
export function StakeholderTable({ stakeholders, productNames, onEdit, onDelete }: StakeholderTableProps) {
  const editable = onEdit !== undefined && onDelete !== undefined;
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover aria-label="Stakeholder register" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Organisation</Table.Th>
            <Table.Th>Product</Table.Th>
            <Table.Th ta="center">Power</Table.Th>
            <Table.Th ta="center">Interest</Table.Th>
            <Table.Th>Quadrant</Table.Th>
            <Table.Th>Engagement plan</Table.Th>
            {editable && (
              <Table.Th w={48}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stakeholders.map((stakeholder) => {
            const quadrant = quadrantInfo(stakeholder.quadrant);
            return (
              <Table.Tr key={stakeholder.id} data-testid="stakeholder-row">
                <Table.Td fw={500}>{stakeholder.name}</Table.Td>
                <Table.Td>{stakeholder.role || '—'}</Table.Td>
                <Table.Td>{stakeholder.organisation || '—'}</Table.Td>
                <Table.Td>
                  {stakeholder.productId ? (productNames.get(stakeholder.productId) ?? '…') : '—'}
                </Table.Td>
                <Table.Td ta="center" title={SCORE_LABELS[stakeholder.power]}>
                  {stakeholder.power}
                </Table.Td>
                <Table.Td ta="center" title={SCORE_LABELS[stakeholder.interest]}>
                  {stakeholder.interest}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={quadrant.color}>
                    {quadrant.title}
                  </Badge>
                </Table.Td>
                <Table.Td maw={320}>
                  <Text size="sm" lineClamp={2} title={stakeholder.engagementPlan}>
                    {stakeholder.engagementPlan || '—'}
                  </Text>
                </Table.Td>
                {editable && (
                  <Table.Td>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Actions for ${stakeholder.name}`}
                        >
                          <IconDots size={16} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(stakeholder)}>
                          Edit…
                        </Menu.Item>
                        <Menu.Item
                          color="red"
                          leftSection={<IconTrash size={14} />}
                          onClick={() => onDelete(stakeholder)}
                        >
                          Delete…
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
