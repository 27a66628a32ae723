import { Button, Group, Modal, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTarget } from '@tabler/icons-react';
import type { Goal, KeyResult } from '@tandem/api';
import { useState } from 'react';
import { PageHeader } from '../../components/page/page-header';
import { EmptyState } from '../../components/states/empty-state';
import { ErrorState } from '../../components/states/error-state';
import { describeError } from '../../lib/problem';
import { useFeatures } from '../product/product.queries';
import { useMembers } from '../workspaces/workspaces.queries';
import { CheckInModal } from './check-in-modal';
import { ObjectiveCard } from './objective-card';
import { ObjectiveFormModal } from './objective-form-modal';
import { useDeleteGoal, useGoals } from './strategy.queries';
import { useLiveStrategy } from './strategy-live';

/** Goals / OKRs: objectives, their key results with dated check-ins, and the features serving them. */
export function GoalsPage({ workspaceId }: { readonly workspaceId: string }) {
  const goals = useGoals(workspaceId);
  const features = useFeatures(workspaceId);
  const members = useMembers(workspaceId);
  useLiveStrategy(workspaceId);
  const remove = useDeleteGoal(workspaceId);
  const [editing, setEditing] = useState<{ goal: Goal | null } | null>(null);
  const [deleting, setDeleting] = useState<Goal | null>(null);
  const [checkingIn, setCheckingIn] = useState<KeyResult | null>(null);
  const list = goals.data ?? [];
  const memberList = members.data ?? [];
  const measured = list.filter((g) => g.progress !== null);
  const newButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ goal: null })}>
      New objective
    </Button>
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title="Goals"
        meta={
          list.length > 0
            ? `${list.length} objective${list.length === 1 ? '' : 's'}, ${measured.length} with key results`
            : 'Objectives and key results, with progress from dated check-ins'
        }
        actions={list.length > 0 ? newButton : undefined}
      />
      {goals.isPending && <Skeleton h={240} />}
      {goals.error && (
        <ErrorState
          title="The goals could not be loaded"
          error={goals.error}
          onRetry={() => void goals.refetch()}
        />
      )}
      {features.error && (
        <ErrorState
          title="The features could not be loaded: links are not shown"
          error={features.error}
          onRetry={() => void features.refetch()}
        />
      )}
      {goals.data && list.length === 0 && (
        <EmptyState
          icon={<IconTarget size={22} />}
          title="No objectives yet"
          description="Set an objective with measurable key results, check in as they move, and link the initiatives and features that serve it."
          action={newButton}
        />
      )}
      {list.map((goal) => (
        <ObjectiveCard
          key={goal.id}
          workspaceId={workspaceId}
          goal={goal}
          features={features.data ?? []}
          members={memberList}
          onEdit={(g) => setEditing({ goal: g })}
          onDelete={setDeleting}
          onCheckIn={setCheckingIn}
        />
      ))}
      <ObjectiveFormModal
        workspaceId={workspaceId}
        goal={editing?.goal ?? null}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        members={memberList}
      />
      <CheckInModal workspaceId={workspaceId} keyResult={checkingIn} onClose={() => setCheckingIn(null)} />
      <Modal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={deleting ? `Delete “${deleting.title}”?` : 'Delete objective'}
      >
        {deleting && (
          <Stack>
            <Text size="sm">
              Its {deleting.keyResults.length} key result{deleting.keyResults.length === 1 ? '' : 's'} and
              their check-ins are removed; linked features stop serving it.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleting(null)}>
                Cancel
              </Button>
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() =>
                  remove.mutate(
                    { goalId: deleting.id, version: deleting.version },
                    {
                      onSuccess: () => setDeleting(null),
                      onError: (error) =>
                        notifications.show({
                          color: 'red',
                          title: `${deleting.title} was not deleted`,
                          message: describeError(error),
                        }),
                    },
                  )
                }
              >
                Delete
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
