import type { Calendar, CalendarList, CreateCalendarRequest, UpdateCalendarRequest } from '@tandem/api';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { projectKeys } from '../projects/projects.queries';
import { applyScheduleChange } from '../resources/schedule-change';

export const calendarKeys = {
  list: (workspaceId: string) => ['workspaces', workspaceId, 'calendars'] as const,
};

export function calendarsQuery(workspaceId: string) {
  return queryOptions({
    queryKey: calendarKeys.list(workspaceId),
    queryFn: () => api.listCalendars({ params: { workspaceId } }),
    select: (list) => list.items,
  });
}

/** The workspace's calendars (base and derived). */
export function useCalendars(workspaceId: string) {
  return useQuery(calendarsQuery(workspaceId));
}

function putCalendar(list: CalendarList | undefined, calendar: Calendar): CalendarList | undefined {
  if (!list) return list;
  const exists = list.items.some((item) => item.id === calendar.id);
  return {
    ...list,
    items: exists ? list.items.map((c) => (c.id === calendar.id ? calendar : c)) : [...list.items, calendar],
  };
}

export function useCreateCalendar(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCalendarRequest) => api.createCalendar({ params: { workspaceId }, body }),
    onSuccess: (calendar) =>
      queryClient.setQueryData<CalendarList>(calendarKeys.list(workspaceId), (list) =>
        putCalendar(list, calendar),
      ),
  });
}

/** Saves a calendar; tasks of this project that moved are painted in at once. 409 on a stale version. */
export function useUpdateCalendar(workspaceId: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ calendarId, body }: { calendarId: string; body: UpdateCalendarRequest }) =>
      api.updateCalendar({ params: { calendarId }, body }),
    onSuccess: (result) => {
      queryClient.setQueryData<CalendarList>(calendarKeys.list(workspaceId), (list) =>
        putCalendar(list, result.calendar),
      );
      return applyScheduleChange(
        queryClient,
        projectId,
        result.rescheduled.filter((task) => task.projectId === projectId),
        // by id: another project's tasks are not in this project's list
        result.reanalysed,
      );
    },
    onError: () => queryClient.invalidateQueries({ queryKey: calendarKeys.list(workspaceId) }),
  });
}

export function useDeleteCalendar(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ calendarId, version }: { calendarId: string; version: number }) =>
      api.deleteCalendar({ params: { calendarId }, query: { version } }),
    onSuccess: (_, { calendarId }) =>
      queryClient.setQueryData<CalendarList>(calendarKeys.list(workspaceId), (list) =>
        list ? { ...list, items: list.items.filter((c) => c.id !== calendarId) } : list,
      ),
    onError: () => queryClient.invalidateQueries({ queryKey: calendarKeys.list(workspaceId) }),
  });
}

/** Chooses the project's calendar (null = its embedded week); the moved tasks are painted in. */
export function useSetProjectCalendar(workspaceId: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, calendarId }: { version: number; calendarId: string | null }) =>
      api.updateProject({ params: { projectId }, body: { version, calendarId } }),
    onSuccess: (result) => {
      queryClient.setQueryData(projectKeys.one(projectId), result.project);
      void queryClient.invalidateQueries({ queryKey: projectKeys.list(workspaceId) });
      return applyScheduleChange(queryClient, projectId, result.rescheduled, result.reanalysed);
    },
    onError: () => queryClient.invalidateQueries({ queryKey: projectKeys.one(projectId) }),
  });
}
