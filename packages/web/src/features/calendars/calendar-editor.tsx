import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDeviceFloppy, IconPlus, IconTrash } from '@tabler/icons-react';
import { type Calendar, isApiError } from '@tandem/api';
import { useEffect, useState } from 'react';
import { describeError, formErrorsFrom } from '../../lib/problem';
import {
  type CalendarDraft,
  type DraftErrors,
  draftFromCalendar,
  draftToBody,
  type ExceptionDraft,
} from './calendar-draft';
import { useDeleteCalendar, useUpdateCalendar } from './calendars.queries';
import { ExceptionEditor } from './exception-editor';
import { WeekEditor } from './week-editor';

interface CalendarEditorProps {
  readonly workspaceId: string;
  readonly projectId: string;
  readonly calendar: Calendar;
  readonly calendars: readonly Calendar[];
  /** True when a project or calendar uses it (it cannot be deleted then). */
  readonly inUse: boolean;
  /** `YYYY-MM-DD` new exceptions' date pickers open on (the project start). */
  readonly anchorDate: string;
}

/** Calendars this one may derive from: base calendars other than itself. */
function baseOptions(calendar: Calendar, calendars: readonly Calendar[]) {
  return [
    { value: '', label: 'None: a base calendar' },
    ...calendars
      .filter((c) => c.id !== calendar.id && c.baseCalendarId === null)
      .map((c) => ({ value: c.id, label: c.name })),
  ];
}

/**
 * Edits one calendar ("Change Working Time"): name, base, work week with shifts, exceptions.
 * Saving reschedules the projects that use it; a conflicting save offers "Reapply mine" or "Discard".
 */
export function CalendarEditor({
  workspaceId,
  projectId,
  calendar,
  calendars,
  inUse,
  anchorDate,
}: CalendarEditorProps) {
  const [draft, setDraft] = useState<CalendarDraft>(() => draftFromCalendar(calendar));
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [conflict, setConflict] = useState(false);
  const update = useUpdateCalendar(workspaceId, projectId);
  const remove = useDeleteCalendar(workspaceId);

  // Another calendar chosen, or a new version arrived while nothing is being edited: show it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on identity and version only.
  useEffect(() => {
    if (!dirty) {
      setDraft(draftFromCalendar(calendar));
      setErrors({});
    }
  }, [calendar.id, calendar.version]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a different calendar starts clean.
  useEffect(() => {
    setDraft(draftFromCalendar(calendar));
    setDirty(false);
    setConflict(false);
    setErrors({});
  }, [calendar.id]);

  const edit = (next: CalendarDraft) => {
    setDraft(next);
    setDirty(true);
  };
  const setException = (index: number, exception: ExceptionDraft) =>
    edit({ ...draft, exceptions: draft.exceptions.map((e, i) => (i === index ? exception : e)) });

  const save = (version: number) => {
    const result = draftToBody(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    update.mutate(
      { calendarId: calendar.id, body: { ...result.body, version } },
      {
        onSuccess: (written) => {
          setDirty(false);
          setConflict(false);
          setDraft(draftFromCalendar(written.calendar));
          const moved = written.rescheduled.length;
          notifications.show({
            color: 'teal',
            title: `${written.calendar.name} saved`,
            message:
              moved > 0
                ? `${moved} task${moved === 1 ? '' : 's'} moved with the new working time.`
                : 'No task moved.',
          });
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409) setConflict(true);
          else if (isApiError(error) && error.fieldErrors.length > 0) setErrors(formErrorsFrom(error));
          else
            notifications.show({
              color: 'red',
              title: 'The calendar was not saved',
              message: describeError(error),
            });
        },
      },
    );
  };

  const discard = () => {
    setDraft(draftFromCalendar(calendar));
    setDirty(false);
    setConflict(false);
    setErrors({});
  };

  const errorCount = Object.keys(errors).length;

  return (
    <Stack gap="md">
      {conflict && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title="Edit conflict"
          role="alert"
        >
          <Stack gap="xs">
            <Text size="sm">
              Someone else saved {calendar.name} while you were editing, so your changes were not saved.
            </Text>
            <Group gap="xs">
              <Button size="xs" onClick={() => save(calendar.version)} loading={update.isPending}>
                Reapply mine
              </Button>
              <Button size="xs" variant="default" onClick={discard}>
                Discard mine
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label="Name"
          value={draft.name}
          onChange={(event) => edit({ ...draft, name: event.currentTarget.value })}
          error={errors.name}
          w={240}
        />
        <Select
          label="Based on"
          data={baseOptions(calendar, calendars)}
          value={draft.baseCalendarId ?? ''}
          allowDeselect={false}
          onChange={(value) => {
            const baseCalendarId = value ? value : null;
            // A base calendar cannot inherit: inherited days become the Standard working day.
            const week =
              baseCalendarId === null
                ? draft.week.map((day) =>
                    day.mode === 'inherit' ? { mode: 'nonworking' as const, shifts: [] } : day,
                  )
                : draft.week;
            edit({ ...draft, baseCalendarId, week });
          }}
          w={240}
        />
        <Group gap="xs" ml="auto">
          <Button
            variant="default"
            color="red"
            leftSection={<IconTrash size={16} />}
            disabled={inUse}
            title={inUse ? 'A project or another calendar uses this calendar' : undefined}
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(
                { calendarId: calendar.id, version: calendar.version },
                {
                  onError: (error) =>
                    notifications.show({
                      color: 'red',
                      title: 'The calendar was not deleted',
                      message: describeError(error),
                    }),
                },
              )
            }
          >
            Delete
          </Button>
          <Button variant="default" onClick={discard} disabled={!dirty}>
            Revert
          </Button>
          <Button
            leftSection={<IconDeviceFloppy size={16} />}
            onClick={() => save(calendar.version)}
            disabled={!dirty}
            loading={update.isPending}
          >
            Save calendar
          </Button>
        </Group>
      </Group>
      {errorCount > 0 && (
        <Text size="sm" c="red" role="alert">
          {errorCount === 1 ? 'One field needs attention' : `${errorCount} fields need attention`} before
          saving.
        </Text>
      )}

      <Paper withBorder radius="lg" p="md">
        <Title order={3} size="h5" mb="xs">
          Work week
        </Title>
        <WeekEditor
          week={draft.week}
          derived={draft.baseCalendarId !== null}
          errors={errors}
          onChange={(index, day) =>
            edit({ ...draft, week: draft.week.map((d, i) => (i === index ? day : d)) })
          }
        />
      </Paper>

      <Paper withBorder radius="lg" p="md">
        <Group justify="space-between" mb="xs">
          <Title order={3} size="h5">
            Exceptions
          </Title>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              edit({
                ...draft,
                exceptions: [
                  ...draft.exceptions,
                  { name: '', from: '', to: '', working: false, shifts: [], recurrence: null },
                ],
              })
            }
          >
            Add exception
          </Button>
        </Group>
        <Stack gap="xs">
          {draft.exceptions.length === 0 ? (
            <Text size="sm" c="dimmed">
              No holidays or changed working days. Add one for a public holiday, a shutdown or a Saturday
              shift.
            </Text>
          ) : (
            draft.exceptions.map((exception, index) => (
              <ExceptionEditor
                // Exceptions have no id; their place in the list is their identity while editing.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                key={index}
                exception={exception}
                index={index}
                anchorDate={anchorDate}
                errors={errors}
                onChange={(next) => setException(index, next)}
                onRemove={() =>
                  edit({ ...draft, exceptions: draft.exceptions.filter((_, i) => i !== index) })
                }
              />
            ))
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
