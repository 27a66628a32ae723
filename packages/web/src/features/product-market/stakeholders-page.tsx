import { Button, Group, Paper, Select, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { PageHeader } from '../../components/page/page-header';
import { EmptyState } from '../../components/states/empty-state';
import { ErrorState } from '../../components/states/error-state';
import { usePageTitle } from '../../lib/use-page-title';
import { ConfirmDeleteModal } from './confirm-delete-modal';
import { useLiveMarket } from './market-live';
import { StakeholderFormModal } from './stakeholder-form-modal';
import { filterStakeholders } from './stakeholder-grid';
import { StakeholderGridView } from './stakeholder-grid-view';
import { StakeholderTable } from './stakeholder-table';
import { useDeleteStakeholder, useProductOptions, useStakeholders } from './stakeholders.queries';
import { useCanEdit } from './use-can-edit';
import { useEditAndDelete } from './use-edit-and-delete';

/** The stakeholder register and its power/interest grid, with an engagement plan for each person. */
export function StakeholdersPage({ workspaceId }: { readonly workspaceId: string }) {
  usePageTitle('Stakeholders');
  useLiveMarket(workspaceId);
  const stakeholders = useStakeholders(workspaceId);
  const products = useProductOptions(workspaceId);
  const canEdit = useCanEdit(workspaceId);
  const remove = useDeleteStakeholder(workspaceId);
  const [query, setQuery] = useState('');
  const [productId, setProductId] = useState<string | null>(null);
  const productOptions = products.data ?? [];
  const productNames = useMemo(
    () => new Map(productOptions.map((option) => [option.value, option.label])),
    [productOptions],
  );
  const all = stakeholders.data ?? [];
  const { editorOpen, edited, toDelete, openNew, openEdit, closeEditor, askDelete, closeDelete } =
    useEditAndDelete(all, remove.reset);
  const shown = useMemo(() => filterStakeholders(all, { query, productId }), [all, query, productId]);
  const confirmDelete = () => {
    if (!toDelete) return;
    remove.mutate(
      { stakeholderId: toDelete.id, version: toDelete.version },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', title: 'Stakeholder deleted', message: toDelete.name });
          closeDelete();
        },
      },
    );
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title="Stakeholders"
        meta={
          <Text size="sm" c="dimmed">
            Who can shape the product and who it affects, and how to engage each of them
          </Text>
        }
        actions={
          canEdit && (
            <Button leftSection={<IconPlus size={16} />} onClick={openNew}>
              Add stakeholder
            </Button>
          )
        }
      />
      {stakeholders.isPending && <Skeleton h={320} />}
      {stakeholders.error && (
        <ErrorState
          title="The stakeholder register could not be loaded"
          error={stakeholders.error}
          onRetry={() => void stakeholders.refetch()}
        />
      )}
      {stakeholders.data && all.length === 0 && (
        <EmptyState
          icon={<IconUsersGroup size={22} />}
          title="No stakeholders yet"
          description="List the people who can shape the product or are affected by it; the power/interest grid then says how closely to engage each one."
          action={
            canEdit && (
              <Button leftSection={<IconPlus size={16} />} onClick={openNew}>
                Add stakeholder
              </Button>
            )
          }
        />
      )}
      {all.length > 0 && (
        <>
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                Power/interest grid
              </Title>
              <StakeholderGridView stakeholders={shown} onOpen={canEdit ? openEdit : undefined} />
            </Stack>
          </Paper>
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <Group justify="space-between" align="flex-end">
                <Title order={2} size="h4">
                  Register
                </Title>
                <Group gap="xs" align="flex-end">
                  <TextInput
                    aria-label="Search stakeholders"
                    placeholder="Search name, role, plan…"
                    value={query}
                    onChange={(event) => setQuery(event.currentTarget.value)}
                  />
                  <Select
                    aria-label="Filter by product"
                    placeholder="Any product"
                    data={[{ value: 'none', label: 'No product' }, ...productOptions]}
                    value={productId}
                    onChange={setProductId}
                    clearable
                    w={200}
                  />
                </Group>
              </Group>
              {shown.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No stakeholder matches the search.
                </Text>
              ) : (
                <StakeholderTable
                  stakeholders={shown}
                  productNames={productNames}
                  onEdit={canEdit ? openEdit : undefined}
                  onDelete={canEdit ? askDelete : undefined}
                />
              )}
            </Stack>
          </Paper>
        </>
      )}
      <StakeholderFormModal
        workspaceId={workspaceId}
        opened={editorOpen}
        stakeholder={edited}
        products={productOptions}
        onClose={closeEditor}
      />
      <ConfirmDeleteModal
        subject={toDelete ? `stakeholder ${toDelete.name}` : null}
        consequence="They leave the register and the grid, with their engagement plan. This cannot be undone."
        pending={remove.isPending}
        error={remove.error}
        onConfirm={confirmDelete}
        onClose={closeDelete}
      />
    </Stack>
  );
}
