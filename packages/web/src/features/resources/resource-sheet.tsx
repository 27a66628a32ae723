import { ActionIcon, Paper, Select, Table, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { Calendar, Resource, ResourceType, UpdateResourceRequest } from '@tandem/api';
import { EditableCell } from './editable-cell';
import { editField, fieldText, type ResourceTextField, typeChange } from './resource-fields';

export type ResourcePatch = Omit<UpdateResourceRequest, 'version'>;

interface ResourceSheetProps {
  readonly resources: readonly Resource[];
  readonly calendars: readonly Calendar[];
  /** Sends a change of one resource (the caller adds the version and handles conflicts). */
  readonly onChange: (resource: Resource, patch: ResourcePatch, what: string) => void;
  readonly onDelete: (resource: Resource) => void;
}

const TYPE_OPTIONS: { value: ResourceType; label: string }[] = [
  { value: 'work', label: 'Work' },
  { value: 'material', label: 'Material' },
  { value: 'cost', label: 'Cost' },
];

const TEXT_COLUMNS: { field: ResourceTextField; label: string; width: number; right?: boolean }[] = [
  { field: 'initials', label: 'Initials', width: 80 },
  { field: 'group', label: 'Group', width: 130 },
  { field: 'maxUnits', label: 'Max units', width: 96, right: true },
  { field: 'standardRate', label: 'Std. rate', width: 104, right: true },
  { field: 'overtimeRate', label: 'Ovt. rate', width: 104, right: true },
  { field: 'costPerUse', label: 'Cost/use', width: 104, right: true },
];

/**
 * Microsoft Project's Resource Sheet: one row per resource with inline editing of name, type,
 * initials, group, max units, rates, cost per use and base calendar.
 */
export function ResourceSheet({ resources, calendars, onChange, onDelete }: ResourceSheetProps) {
  const calendarOptions = [
    { value: '', label: 'Project calendar' },
    ...calendars.map((calendar) => ({ value: calendar.id, label: calendar.name })),
  ];

  const commitText = (resource: Resource, field: ResourceTextField, label: string) => (text: string) => {
    const edit = editField(resource, field, text);
    if (!edit.ok) return edit.error;
    if (edit.patch) onChange(resource, edit.patch, `${label} of ${resource.name}`);
    return null;
  };

  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={1080}>
        <Table verticalSpacing={2} horizontalSpacing={6} aria-label="Resource sheet" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th w={120}>Type</Table.Th>
              {TEXT_COLUMNS.map((column) => (
                <Table.Th key={column.field} w={column.width} ta={column.right ? 'right' : undefined}>
                  {column.label}
                </Table.Th>
              ))}
              <Table.Th w={170}>Calendar</Table.Th>
              <Table.Th w={44}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {resources.map((resource) => (
              <Table.Tr key={resource.id} data-resource-id={resource.id}>
                <Table.Td>
                  <EditableCell
                    value={resource.name}
                    revision={resource.version}
                    label={`Name of ${resource.name}`}
                    onCommit={commitText(resource, 'name', 'Name')}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    variant="unstyled"
                    aria-label={`Type of ${resource.name}`}
                    data={TYPE_OPTIONS}
                    value={resource.type}
                    allowDeselect={false}
                    onChange={(value) => {
                      const patch = value ? typeChange(resource, value as ResourceType) : null;
                      if (patch) onChange(resource, patch, `Type of ${resource.name}`);
                    }}
                  />
                </Table.Td>
                {TEXT_COLUMNS.map((column) => (
                  <Table.Td key={column.field}>
                    <EditableCell
                      value={fieldText(resource, column.field)}
                      revision={resource.version}
                      label={`${column.label} of ${resource.name}`}
                      align={column.right ? 'right' : 'left'}
                      disabled={column.field === 'maxUnits' && resource.type !== 'work'}
                      onCommit={commitText(resource, column.field, column.label)}
                    />
                  </Table.Td>
                ))}
                <Table.Td>
                  <Select
                    size="xs"
                    variant="unstyled"
                    aria-label={`Calendar of ${resource.name}`}
                    data={calendarOptions}
                    value={resource.calendarId ?? ''}
                    allowDeselect={false}
                    disabled={resource.type !== 'work'}
                    onChange={(value) => {
                      const calendarId = value ? value : null;
                      if (calendarId !== resource.calendarId) {
                        onChange(resource, { calendarId }, `Calendar of ${resource.name}`);
                      }
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  <Tooltip label={`Delete ${resource.name}`}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Delete ${resource.name}`}
                      onClick={() => onDelete(resource)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
