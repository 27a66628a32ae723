import {
  ActionIcon,
  Chip,
  Group,
  NumberInput,
  Paper,
  Radio,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconTrash } from '@tabler/icons-react';
import {
  type DraftErrors,
  defaultRecurrence,
  describeRecurrence,
  type ExceptionDraft,
  type RecurrenceDraft,
  type RecurrenceType,
  STANDARD_SHIFTS,
  WEEKDAY_NAMES,
} from './calendar-draft';
import { ShiftsEditor } from './shifts-editor';

interface ExceptionEditorProps {
  readonly exception: ExceptionDraft;
  readonly index: number;
  readonly errors: DraftErrors;
  readonly onChange: (exception: ExceptionDraft) => void;
  readonly onRemove: () => void;
  /** `YYYY-MM-DD` the date picker opens on when the exception has no days yet (the project start). */
  readonly anchorDate: string;
}

const MONTH_OPTIONS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
].map((label, i) => ({ value: String(i + 1), label }));
const WEEKDAY_OPTIONS = WEEKDAY_NAMES.map((label, i) => ({ value: String(i), label }));
const ORDINAL_OPTIONS = [
  { value: '1', label: 'First' },
  { value: '2', label: 'Second' },
  { value: '3', label: 'Third' },
  { value: '4', label: 'Fourth' },
  { value: '5', label: 'Last' },
];

/**
 * One exception (Microsoft Project's "Exceptions" tab): a name, the days it covers, working or not
 * with its periods, and an optional recurrence daily, weekly, monthly or yearly.
 */
export function ExceptionEditor({
  exception,
  index,
  errors,
  onChange,
  onRemove,
  anchorDate,
}: ExceptionEditorProps) {
  const path = `exceptions.${index}`;
  const label = exception.name.trim() || `Exception ${index + 1}`;
  const r = exception.recurrence;
  const setRecurrence = (patch: Partial<RecurrenceDraft>) =>
    r && onChange({ ...exception, recurrence: { ...r, ...patch } });

  return (
    <Paper withBorder radius="md" p="sm" data-exception-index={index}>
      <Stack gap="xs">
        <Group gap="sm" align="flex-start" wrap="wrap">
          <TextInput
            size="xs"
            label="Name"
            placeholder="Holiday"
            value={exception.name}
            onChange={(event) => onChange({ ...exception, name: event.currentTarget.value })}
            w={180}
          />
          <DatePickerInput
            size="xs"
            type="range"
            allowSingleDateInRange
            defaultDate={exception.from || anchorDate}
            label={r ? 'From – until' : 'Days'}
            placeholder="Pick the days"
            value={[exception.from || null, exception.to || null]}
            onChange={([from, to]) => onChange({ ...exception, from: from ?? '', to: to ?? from ?? '' })}
            error={errors[`${path}.from`] ?? errors[`${path}.to`]}
            valueFormat="D MMM YYYY"
            w={240}
          />
          <Switch
            size="sm"
            mt={24}
            label="Working"
            checked={exception.working}
            onChange={(event) => {
              const working = event.currentTarget.checked;
              onChange({
                ...exception,
                working,
                shifts: working && exception.shifts.length === 0 ? STANDARD_SHIFTS : exception.shifts,
              });
            }}
          />
          <Select
            size="xs"
            label="Repeats"
            w={130}
            allowDeselect={false}
            value={r?.type ?? 'none'}
            data={[
              { value: 'none', label: 'Does not' },
              { value: 'daily', label: 'Daily' },
              { value: 'weekly', label: 'Weekly' },
              { value: 'monthly', label: 'Monthly' },
              { value: 'yearly', label: 'Yearly' },
            ]}
            onChange={(value) =>
              onChange({
                ...exception,
                recurrence:
                  !value || value === 'none'
                    ? null
                    : defaultRecurrence(value as RecurrenceType, exception.from),
              })
            }
          />
          <ActionIcon variant="subtle" color="red" mt={22} aria-label={`Remove ${label}`} onClick={onRemove}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>

        {r && (
          <Stack gap={6} pl="xs">
            <Group gap="sm" align="flex-end" wrap="wrap">
              <NumberInput
                size="xs"
                label={`Every … ${r.type === 'daily' ? 'days' : r.type === 'weekly' ? 'weeks' : r.type === 'monthly' ? 'months' : 'years'}`}
                min={1}
                max={999}
                value={r.interval}
                onChange={(value) => setRecurrence({ interval: Number(value) || 1 })}
                error={errors[`${path}.recurrence.interval`]}
                w={120}
              />
              <NumberInput
                size="xs"
                label="End after (times)"
                placeholder="Until the last day"
                min={1}
                max={999}
                value={r.occurrences ?? ''}
                onChange={(value) => setRecurrence({ occurrences: value === '' ? null : Number(value) })}
                error={errors[`${path}.recurrence.occurrences`]}
                w={150}
              />
              {r.type === 'yearly' && (
                <Select
                  size="xs"
                  label="Month"
                  data={MONTH_OPTIONS}
                  value={String(r.month)}
                  allowDeselect={false}
                  onChange={(value) => value && setRecurrence({ month: Number(value) })}
                  w={130}
                />
              )}
            </Group>
            {r.type === 'weekly' && (
              <Stack gap={2}>
                <Chip.Group
                  multiple
                  value={r.daysOfWeek.map(String)}
                  onChange={(values) => setRecurrence({ daysOfWeek: values.map(Number) })}
                >
                  <Group gap={4} role="group" aria-label={`Weekdays of ${label}`}>
                    {WEEKDAY_NAMES.map((name, day) => (
                      <Chip key={name} value={String(day)} size="xs">
                        {name.slice(0, 3)}
                      </Chip>
                    ))}
                  </Group>
                </Chip.Group>
                {errors[`${path}.recurrence.daysOfWeek`] && (
                  <Text size="xs" c="red" role="alert">
                    {errors[`${path}.recurrence.daysOfWeek`]}
                  </Text>
                )}
              </Stack>
            )}
            {(r.type === 'monthly' || r.type === 'yearly') && (
              <Radio.Group
                value={r.on}
                onChange={(value) => setRecurrence({ on: value as RecurrenceDraft['on'] })}
                aria-label={`Which day of the ${r.type === 'monthly' ? 'month' : 'year'}`}
              >
                <Stack gap={6}>
                  <Group gap="xs">
                    <Radio value="dayOfMonth" label="On day" size="xs" />
                    <NumberInput
                      size="xs"
                      aria-label="Day of the month"
                      min={1}
                      max={31}
                      value={r.dayOfMonth}
                      onChange={(value) =>
                        setRecurrence({ dayOfMonth: Number(value) || 1, on: 'dayOfMonth' })
                      }
                      error={errors[`${path}.recurrence.dayOfMonth`]}
                      w={80}
                    />
                  </Group>
                  <Group gap="xs">
                    <Radio value="weekday" label="On the" size="xs" />
                    <Select
                      size="xs"
                      aria-label="Which week of the month"
                      data={ORDINAL_OPTIONS}
                      value={String(r.weekOfMonth)}
                      allowDeselect={false}
                      onChange={(value) =>
                        value && setRecurrence({ weekOfMonth: Number(value), on: 'weekday' })
                      }
                      w={100}
                    />
                    <Select
                      size="xs"
                      aria-label="Weekday"
                      data={WEEKDAY_OPTIONS}
                      value={String(r.dayOfWeek)}
                      allowDeselect={false}
                      onChange={(value) =>
                        value && setRecurrence({ dayOfWeek: Number(value), on: 'weekday' })
                      }
                      w={120}
                    />
                  </Group>
                </Stack>
              </Radio.Group>
            )}
            <Text size="xs" c="dimmed">
              {describeRecurrence(r)}
            </Text>
          </Stack>
        )}

        {exception.working && (
          <ShiftsEditor
            shifts={exception.shifts}
            path={`${path}.shifts`}
            errors={errors}
            owner={label}
            onChange={(shifts) => onChange({ ...exception, shifts })}
          />
        )}
      </Stack>
    </Paper>
  );
}
