import { Alert, Button, Group, Modal, Select, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconPlus, IconUsers } from '@tabler/icons-react';
import { isApiError, type Resource, type ResourceType } from '@tandem/api';
import { useState } from 'react';
import { EmptyState } from '../../components/states/empty-state';
import { ErrorState } from '../../components/states/error-state';
import { describeError } from '../../lib/problem';
import { useCalendars } from '../calendars/calendars.queries';
import { useTasks } from '../tasks/tasks.queries';
import { AssignmentsPanel } from './assignments-panel';
import { type ResourcePatch, ResourceSheet } from './resource-sheet';
import { useCreateResource, useDeleteResource, useResources, useUpdateResource } from './resources.queries';

export interface ResourceSheetViewProps {
  readonly workspaceId: string;
  readonly projectId: string;
}

/** An edit the server refused because someone saved the resource first. */
interface Conflict {
  readonly resourceId: string;
  readonly patch: ResourcePatch;
  readonly what: string;
}

/**
 * The workspace's resources (Microsoft Project's Resource Sheet) with inline editing, adding and
 * deleting, and the assignments of this project's tasks. A conflicting edit is never lost
 * silently: it is shown with "Reapply mine" and "Discard".
 */
export function ResourceSheetView({ workspaceId, projectId }: ResourceSheetViewProps) {
  const resources = useResources(workspaceId);
  const calendars = useCalendars(workspaceId);
  const tasks = useTasks(projectId);
  const create = useCreateResource(workspaceId);
  const update = useUpdateResource(workspaceId, projectId);
  const remove = useDeleteResource(workspaceId, projectId);
  const [name, setName] = useState('');
  const [type, setType] = useState<ResourceType>('work');
  const [nameError, setNameError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [toDelete, setToDelete] = useState<Resource | null>(null);

  const send = (resource: Resource, patch: ResourcePatch, what: string) => {
    update.mutate(
      { resourceId: resource.id, body: { ...patch, version: resource.version } },
      {
        onSuccess: () => setConflict((current) => (current?.resourceId === resource.id ? null : current)),
        onError: (error) => {
          if (isApiError(error) && error.status === 409) {
            setConflict({ resourceId: resource.id, patch, what });
          } else {
            notifications.show({
              color: 'red',
              title: `${what} was not saved`,
              message: describeError(error),
            });
          }
        },
      },
    );
  };

  const reapply = () => {
    if (!conflict) return;
    const current = resources.data?.find((r) => r.id === conflict.resourceId);
    if (!current) {
      notifications.show({ color: 'red', title: 'The resource no longer exists', message: conflict.what });
      setConflict(null);
      return;
    }
    send(current, conflict.patch, conflict.what);
  };

  const add = () => {
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError('Name must not be empty');
      return;
    }
    create.mutate(
      { name: trimmed, type },
      {
        onSuccess: () => {
          setName('');
          setNameError(null);
        },
        onError: (error) => setNameError(describeError(error)),
      },
    );
  };

  const confirmDelete = () => {
    if (!toDelete) return;
    const target = toDelete;
    setToDelete(null);
    remove.mutate(
      { resourceId: target.id, version: target.version },
      {
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: `${target.name} was not deleted`,
            message: describeError(error),
          }),
      },
    );
  };

  return (
    <Stack gap="md">
      <Group
        align="flex-start"
        gap="sm"
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <TextInput
          label="New resource"
          placeholder="Name"
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={nameError}
          w={260}
        />
        <Select
          label="Type"
          data={[
            { value: 'work', label: 'Work' },
            { value: 'material', label: 'Material' },
            { value: 'cost', label: 'Cost' },
          ]}
          value={type}
          onChange={(value) => value && setType(value as ResourceType)}
          allowDeselect={false}
          w={130}
        />
        <Button type="submit" mt={25} leftSection={<IconPlus size={16} />} loading={create.isPending}>
          Add resource
        </Button>
      </Group>

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
              {conflict.what} was changed by someone else while you were editing, so your change was not
              saved. The sheet now shows the current values.
            </Text>
            <Group gap="xs">
              <Button size="xs" onClick={reapply} loading={update.isPending}>
                Reapply mine
              </Button>
              <Button size="xs" variant="default" onClick={() => setConflict(null)}>
                Discard mine
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}

      {resources.isPending ? (
        <Stack gap="xs" aria-label="Loading resources">
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} height={36} radius="sm" />
          ))}
        </Stack>
      ) : resources.isError ? (
        <ErrorState
          title="Resources could not be loaded"
          error={resources.error}
          onRetry={() => resources.refetch()}
        />
      ) : resources.data.length === 0 ? (
        <EmptyState
          icon={<IconUsers size={22} />}
          title="No resources yet"
          description="Resources are the people, equipment, materials and costs your tasks use. Add the first one above, then assign it to tasks."
        />
      ) : (
        <ResourceSheet
          resources={resources.data}
          calendars={calendars.data ?? []}
          onChange={send}
          onDelete={setToDelete}
        />
      )}

      {resources.data &&
        resources.data.length > 0 &&
        (tasks.isError ? (
          <ErrorState title="Tasks could not be loaded" error={tasks.error} onRetry={() => tasks.refetch()} />
        ) : (
          <AssignmentsPanel projectId={projectId} resources={resources.data} tasks={tasks.data ?? []} />
        ))}

      <Modal
        opened={toDelete !== null}
        onClose={() => setToDelete(null)}
        title={`Delete ${toDelete?.name ?? ''}?`}
      >
        <Stack gap="md">
          <Text size="sm">
            The resource leaves the workspace with all its assignments, in every project; projects that used
            it are rescheduled.
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setToDelete(null)}>
              Cancel
            </Button>
            <Button color="red" onClick={confirmDelete}>
              Delete
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
