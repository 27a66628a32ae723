import { ActionIcon, Button, Group, Stack } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { IconPlus, IconX } from '@tabler/icons-react';
import type { DraftErrors, ShiftDraft } from './calendar-draft';

interface ShiftsEditorProps {
  readonly shifts: readonly ShiftDraft[];
  readonly onChange: (shifts: readonly ShiftDraft[]) => void;
  /** Form path of the list (`week.1.shifts`) to find its errors. */
  readonly path: string;
  readonly errors: DraftErrors;
  /** What the periods belong to, for accessible names ("Monday"). */
  readonly owner: string;
}

/** The next period after the last one: an hour later, four hours long, within the day. */
function nextShift(shifts: readonly ShiftDraft[]): ShiftDraft {
  const last = shifts[shifts.length - 1];
  if (!last) return { from: '08:00', to: '12:00' };
  const [h] = last.to.split(':').map(Number);
  const from = Math.min(23, (Number.isFinite(h) ? h : 17) + 1);
  const to = Math.min(24, from + 4);
  const pad = (n: number) => `${String(n).padStart(2, '0')}:00`;
  return { from: pad(from), to: to === 24 ? '00:00' : pad(to) };
}

/** Several working periods of one day (shifts), each a start and an end time. */
export function ShiftsEditor({ shifts, onChange, path, errors, owner }: ShiftsEditorProps) {
  const update = (index: number, patch: Partial<ShiftDraft>) =>
    onChange(shifts.map((shift, i) => (i === index ? { ...shift, ...patch } : shift)));

  return (
    <Stack gap={4}>
      {shifts.map((shift, index) => (
        // Periods have no identity beyond their place in the day.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <Group key={index} gap={6} wrap="nowrap" align="flex-start">
          <TimeInput
            size="xs"
            aria-label={`${owner} period ${index + 1} start`}
            value={shift.from}
            onChange={(event) => update(index, { from: event.currentTarget.value })}
            error={errors[`${path}.${index}.from`]}
            w={110}
          />
          <TimeInput
            size="xs"
            aria-label={`${owner} period ${index + 1} end`}
            value={shift.to}
            onChange={(event) => update(index, { to: event.currentTarget.value })}
            error={errors[`${path}.${index}.to`]}
            w={110}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Remove ${owner} period ${index + 1}`}
            onClick={() => onChange(shifts.filter((_, i) => i !== index))}
            mt={2}
          >
            <IconX size={14} />
          </ActionIcon>
        </Group>
      ))}
      {errors[path] && (
        <span
          role="alert"
          style={{ color: 'var(--mantine-color-error)', fontSize: 'var(--mantine-font-size-xs)' }}
        >
          {errors[path]}
        </span>
      )}
      {shifts.length < 10 && (
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconPlus size={12} />}
          onClick={() => onChange([...shifts, nextShift(shifts)])}
          w="fit-content"
          aria-label={`Add a period to ${owner}`}
        >
          Add period
        </Button>
      )}
    </Stack>
  );
}
