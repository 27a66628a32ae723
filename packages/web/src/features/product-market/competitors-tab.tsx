import { Button, Group, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSwords } from '@tabler/icons-react';
import { EmptyState } from '../../components/states/empty-state';
import { ErrorState } from '../../components/states/error-state';
import { CompetitorCard } from './competitor-card';
import { CompetitorFormModal } from './competitor-form-modal';
import { ConfirmDeleteModal } from './confirm-delete-modal';
import { useCompetitors, useDeleteCompetitor } from './market.queries';
import { useEditAndDelete } from './use-edit-and-delete';

/** The competitors' profiles, added, edited and removed in dialogs. */
export function CompetitorsTab({
  workspaceId,
  canEdit,
}: {
  readonly workspaceId: string;
  readonly canEdit: boolean;
}) {
  const competitors = useCompetitors(workspaceId);
  const remove = useDeleteCompetitor(workspaceId);
  const list = competitors.data ?? [];
  const { editorOpen, edited, toDelete, openNew, openEdit, closeEditor, askDelete, closeDelete } =
    useEditAndDelete(list, remove.reset);
  const addButton = canEdit && (
    <Button leftSection={<IconPlus size={16} />} onClick={openNew}>
      Add competitor
    </Button>
  );

  return (
    <Stack gap="md">
      {list.length > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {list.length === 1 ? '1 competitor' : `${list.length} competitors`}
          </Text>
          {addButton}
        </Group>
      )}
      {competitors.isPending && <Skeleton h={220} />}
      {competitors.error && (
        <ErrorState
          title="Competitors could not be loaded"
          error={competitors.error}
          onRetry={() => void competitors.refetch()}
        />
      )}
      {competitors.data && list.length === 0 && (
        <EmptyState
          icon={<IconSwords size={22} />}
          title="No competitors yet"
          description="Profile who you compete with: their strengths, weaknesses and pricing. Each one becomes a column of the feature comparison."
          action={addButton}
        />
      )}
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
        {list.map((competitor) => (
          <CompetitorCard
            key={competitor.id}
            competitor={competitor}
            onEdit={canEdit ? openEdit : undefined}
            onDelete={canEdit ? askDelete : undefined}
          />
        ))}
      </SimpleGrid>
      <CompetitorFormModal
        workspaceId={workspaceId}
        opened={editorOpen}
        competitor={edited}
        onClose={closeEditor}
      />
      <ConfirmDeleteModal
        subject={toDelete ? `competitor ${toDelete.name}` : null}
        consequence="Their profile and their column of the feature comparison are removed. This cannot be undone."
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => {
          if (!toDelete) return;
          remove.mutate(
            { competitorId: toDelete.id, version: toDelete.version },
            {
              onSuccess: () => {
                notifications.show({ color: 'teal', title: 'Competitor deleted', message: toDelete.name });
                closeDelete();
              },
            },
          );
        }}
        onClose={closeDelete}
      />
    </Stack>
  );
}
