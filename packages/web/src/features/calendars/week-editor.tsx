import { SegmentedControl, Table, Text } from '@mantine/core';
import {
  type DayDraft,
  type DayMode,
  type DraftErrors,
  STANDARD_SHIFTS,
  WEEKDAY_NAMES,
} from './calendar-draft';
import { ShiftsEditor } from './shifts-editor';

interface WeekEditorProps {
  readonly week: readonly DayDraft[];
  readonly derived: boolean;
  readonly errors: DraftErrors;
  readonly onChange: (index: number, day: DayDraft) => void;
}

/** Monday first, as planners read a week; the stored week is Sunday first. */
const DISPLAY_ORDER = [1, 2, 3, 4, 5, 6, 0];

/** The default work week: per weekday, inherited (derived calendars), non-working, or working shifts. */
export function WeekEditor({ week, derived, errors, onChange }: WeekEditorProps) {
  const modes = [
    ...(derived ? [{ value: 'inherit', label: 'Base' }] : []),
    { value: 'nonworking', label: 'Off' },
    { value: 'working', label: 'Working' },
  ];
  return (
    <Table verticalSpacing={6} aria-label="Work week">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={110}>Day</Table.Th>
          <Table.Th w={derived ? 220 : 170}>Kind</Table.Th>
          <Table.Th>Working periods</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {DISPLAY_ORDER.map((index) => {
          const day = week[index];
          const name = WEEKDAY_NAMES[index];
          return (
            <Table.Tr key={index} data-weekday={index}>
              <Table.Td fw={550}>{name}</Table.Td>
              <Table.Td>
                <SegmentedControl
                  size="xs"
                  aria-label={`${name} working time`}
                  data={modes}
                  value={day.mode}
                  onChange={(value) => {
                    const mode = value as DayMode;
                    onChange(index, {
                      mode,
                      shifts: mode === 'working' && day.shifts.length === 0 ? STANDARD_SHIFTS : day.shifts,
                    });
                  }}
                />
                {errors[`week.${index}.mode`] && (
                  <Text size="xs" c="red" role="alert">
                    {errors[`week.${index}.mode`]}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {day.mode === 'working' ? (
                  <ShiftsEditor
                    shifts={day.shifts}
                    path={`week.${index}.shifts`}
                    errors={errors}
                    owner={name}
                    onChange={(shifts) => onChange(index, { ...day, shifts })}
                  />
                ) : (
                  <Text size="sm" c="dimmed">
                    {day.mode === 'inherit' ? 'As in the base calendar' : 'Non-working'}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
