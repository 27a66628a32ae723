import {
  Badge,
  Button,
  Grid,
  Group,
  NavLink,
  Paper,
  ScrollArea,
  Select,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus, IconCalendarTime } from '@tabler/icons-react';
import { useState } from 'react';
import { EmptyState } from '../../components/states/empty-state';
import { ErrorState } from '../../components/states/error-state';
import { describeError } from '../../lib/problem';
import { useProject } from '../projects/projects.queries';
import { useResources } from '../resources/resources.queries';
import { CalendarEditor } from './calendar-editor';
import { useCalendars, useCreateCalendar, useSetProjectCalendar } from './calendars.queries';

export interface CalendarsViewProps {
  readonly workspaceId: string;
  readonly projectId: string;
}

/**
 * The workspace's calendars (Microsoft Project's "Change Working Time"): the project's calendar
 * choice, the list of base and derived calendars, a new calendar, and the editor of the chosen one.
 */
export function CalendarsView({ workspaceId, projectId }: CalendarsViewProps) {
  const calendars = useCalendars(workspaceId);
  const project = useProject(projectId);
  const resources = useResources(workspaceId);
  const create = useCreateCalendar(workspaceId);
  const setProjectCalendar = useSetProjectCalendar(workspaceId, projectId);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [newBase, setNewBase] = useState<string>('');
  const [newError, setNewError] = useState<string | null>(null);

  if (calendars.isPending) {
    return (
      <Stack gap="xs" aria-label="Loading calendars">
        {[0, 1, 2].map((row) => (
          <Skeleton key={row} height={40} radius="sm" />
        ))}
      </Stack>
    );
  }
  if (calendars.isError) {
    return (
      <ErrorState
        title="Calendars could not be loaded"
        error={calendars.error}
        onRetry={() => calendars.refetch()}
      />
    );
  }

  const list = calendars.data;
  const projectCalendarId = project.data?.calendarId ?? null;
  const selected =
    list.find((c) => c.id === selectedId) ?? list.find((c) => c.id === projectCalendarId) ?? list[0] ?? null;
  const usedBy = (calendarId: string) =>
    calendarId === projectCalendarId ||
    list.some((c) => c.baseCalendarId === calendarId) ||
    (resources.data ?? []).some((r) => r.calendarId === calendarId);

  const addCalendar = () => {
    const name = newName.trim();
    if (!name) {
      setNewError('Name must not be empty');
      return;
    }
    create.mutate(
      { name, baseCalendarId: newBase ? newBase : null },
      {
        onSuccess: (calendar) => {
          setNewName('');
          setNewError(null);
          setSelectedId(calendar.id);
        },
        onError: (error) => setNewError(describeError(error)),
      },
    );
  };

  return (
    <Stack gap="md">
      <Paper withBorder radius="lg" p="md">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label="This project's calendar"
            description="The working time its tasks are scheduled in"
            data={[
              { value: '', label: "The project's own week" },
              ...list.map((c) => ({ value: c.id, label: c.name })),
            ]}
            value={projectCalendarId ?? ''}
            allowDeselect={false}
            searchable
            nothingFoundMessage="No calendar by that name"
            disabled={!project.data || setProjectCalendar.isPending}
            onChange={(value) => {
              if (!project.data) return;
              const calendarId = value ? value : null;
              if (calendarId === projectCalendarId) return;
              setProjectCalendar.mutate(
                { version: project.data.version, calendarId },
                {
                  onSuccess: (result) =>
                    notifications.show({
                      color: 'teal',
                      title: 'Project calendar changed',
                      message: `${result.rescheduled.length} task${result.rescheduled.length === 1 ? '' : 's'} moved.`,
                    }),
                  onError: (error) =>
                    notifications.show({
                      color: 'red',
                      title: 'The calendar was not changed',
                      message: describeError(error),
                    }),
                },
              );
            }}
            w={300}
          />
        </Group>
      </Paper>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Stack gap="sm">
            <Paper withBorder radius="lg" p={4}>
              {list.length === 0 ? (
                <Text size="sm" c="dimmed" p="sm">
                  No calendars yet.
                </Text>
              ) : (
                <ScrollArea.Autosize mah={480} type="auto">
                  <nav aria-label="Calendars">
                    {list.map((calendar) => (
                      <NavLink
                        key={calendar.id}
                        component="button"
                        label={calendar.name}
                        description={
                          calendar.baseCalendarId
                            ? `Derived from ${list.find((c) => c.id === calendar.baseCalendarId)?.name ?? 'a base calendar'}`
                            : 'Base calendar'
                        }
                        active={selected?.id === calendar.id}
                        onClick={() => setSelectedId(calendar.id)}
                        rightSection={
                          calendar.id === projectCalendarId ? (
                            <Badge size="xs" variant="light">
                              Project
                            </Badge>
                          ) : undefined
                        }
                      />
                    ))}
                  </nav>
                </ScrollArea.Autosize>
              )}
            </Paper>
            <Paper
              withBorder
              radius="lg"
              p="sm"
              component="form"
              onSubmit={(event) => {
                event.preventDefault();
                addCalendar();
              }}
            >
              <Stack gap="xs">
                <TextInput
                  size="xs"
                  label="New calendar"
                  placeholder="Name"
                  value={newName}
                  onChange={(event) => setNewName(event.currentTarget.value)}
                  error={newError}
                />
                <Select
                  size="xs"
                  label="Based on"
                  data={[
                    { value: '', label: 'None: a base calendar' },
                    ...list
                      .filter((c) => c.baseCalendarId === null)
                      .map((c) => ({ value: c.id, label: c.name })),
                  ]}
                  value={newBase}
                  allowDeselect={false}
                  onChange={(value) => setNewBase(value ?? '')}
                />
                <Button
                  type="submit"
                  size="xs"
                  leftSection={<IconCalendarPlus size={14} />}
                  loading={create.isPending}
                >
                  Create calendar
                </Button>
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {selected ? (
            <CalendarEditor
              workspaceId={workspaceId}
              projectId={projectId}
              calendar={selected}
              calendars={list}
              inUse={usedBy(selected.id)}
              anchorDate={(project.data?.start ?? new Date().toISOString()).slice(0, 10)}
            />
          ) : (
            <EmptyState
              icon={<IconCalendarTime size={22} />}
              title="No calendars yet"
              description="A calendar says when work happens: the work week with its shifts, and holidays or changed days. Create one to schedule this project or a resource on it."
            />
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
