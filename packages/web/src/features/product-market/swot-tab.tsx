import { Alert, Button, Group, Paper, Select, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLayoutGrid } from '@tabler/icons-react';
import { type Swot, swotSchema } from '@tandem/api';
import { useEffect, useState } from 'react';
import { AnchorLink } from '../../components/router-links';
import { EmptyState } from '../../components/states/empty-state';
import { ErrorState } from '../../components/states/error-state';
import { formatDate } from '../../lib/format';
import { describeError } from '../../lib/problem';
import { conflictCurrent, isConflict } from './form-problem';
import { usePutSwot, useSwot } from './market.queries';
import { useProductOptions } from './stakeholders.queries';
import {
  addPoint,
  isSwotChanged,
  mergeSwot,
  movePoint,
  pointsOf,
  removePoint,
  replacePoint,
  SWOT_LISTS,
  type SwotPoints,
  tidySwot,
} from './swot-draft';
import { SwotListCard } from './swot-list-card';
import { UnsavedChangesGuard } from './unsaved-changes-guard';

/** SWOT per product: pick a product, edit its four lists, save them together. */
export function SwotTab({
  workspaceId,
  canEdit,
}: {
  readonly workspaceId: string;
  readonly canEdit: boolean;
}) {
  const products = useProductOptions(workspaceId);
  const [chosen, setChosen] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const options = products.data ?? [];
  const productId =
    chosen && options.some((option) => option.value === chosen) ? chosen : (options[0]?.value ?? null);

  if (products.isPending) return <Skeleton h={260} />;
  if (products.error) {
    return (
      <ErrorState
        title="Products could not be loaded"
        error={products.error}
        onRetry={() => void products.refetch()}
      />
    );
  }
  if (options.length === 0 || productId === null) {
    return (
      <EmptyState
        icon={<IconLayoutGrid size={22} />}
        title="No products yet"
        description="A SWOT belongs to a product: once the workspace has a product, its strengths, weaknesses, opportunities and threats are written here."
        action={
          <AnchorLink to="/w/$workspaceId/product/products" params={{ workspaceId }}>
            Open products
          </AnchorLink>
        }
      />
    );
  }
  return (
    <Stack gap="md">
      <Select
        label="Product"
        description={dirty ? 'Save or discard the changes to switch product' : undefined}
        data={options}
        value={productId}
        onChange={(value) => value && setChosen(value)}
        allowDeselect={false}
        searchable
        disabled={dirty}
        maw={360}
      />
      <SwotEditor
        key={productId}
        workspaceId={workspaceId}
        productId={productId}
        canEdit={canEdit}
        onDirtyChange={setDirty}
      />
    </Stack>
  );
}

interface SwotEditorProps {
  readonly workspaceId: string;
  readonly productId: string;
  readonly canEdit: boolean;
  readonly onDirtyChange: (dirty: boolean) => void;
}

/** The version and lists a draft started from: a save sends that version, a conflict merges from it. */
interface DraftBase {
  readonly version: number;
  readonly points: SwotPoints;
}

function SwotEditor({ workspaceId, productId, canEdit, onDirtyChange }: SwotEditorProps) {
  const swot = useSwot(workspaceId, productId);
  const put = usePutSwot(workspaceId);
  const [base, setBase] = useState<DraftBase | null>(null);
  const [draft, setDraft] = useState<SwotPoints | null>(null);
  const [merged, setMerged] = useState(false);
  const changed = base !== null && draft !== null && isSwotChanged(base.points, tidySwot(draft));

  // follow the saved SWOT (someone else's save arrives live) until this user starts changing it
  useEffect(() => {
    if (!swot.data || changed) return;
    setBase({ version: swot.data.version, points: pointsOf(swot.data) });
    setDraft(pointsOf(swot.data));
  }, [swot.data, changed]);
  useEffect(() => onDirtyChange(changed), [changed, onDirtyChange]);

  if (swot.isPending) return <Skeleton h={260} />;
  if (swot.error) {
    return (
      <ErrorState
        title="The SWOT could not be loaded"
        error={swot.error}
        onRetry={() => void swot.refetch()}
      />
    );
  }
  if (!base || !draft) return <Skeleton h={260} />;

  const save = () => {
    const mine = tidySwot(draft);
    put.mutate(
      {
        productId,
        body: {
          strengths: [...mine.strengths],
          weaknesses: [...mine.weaknesses],
          opportunities: [...mine.opportunities],
          threats: [...mine.threats],
          version: base.version,
        },
      },
      {
        onSuccess: (saved) => {
          setMerged(false);
          setBase({ version: saved.version, points: pointsOf(saved) });
          setDraft(pointsOf(saved));
          notifications.show({
            color: 'teal',
            title: 'SWOT saved',
            message: 'All four lists are up to date.',
          });
        },
        onError: (error) => {
          const theirs = swotSchema.safeParse(conflictCurrent(error));
          if (isConflict(error) && theirs.success) {
            // replay this user's edits on what was saved meanwhile; they review it and save again
            setDraft(mergeSwot(base.points, mine, pointsOf(theirs.data)));
            setBase({ version: theirs.data.version, points: pointsOf(theirs.data) });
            setMerged(true);
            return;
          }
          notifications.show({ color: 'red', title: 'SWOT not saved', message: describeError(error) });
        },
      },
    );
  };
  const discard = () => {
    setMerged(false);
    setDraft(base.points);
  };

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid="swot-grid">
        {SWOT_LISTS.map(({ key, title, singular, color }) => (
          <SwotListCard
            key={key}
            title={title}
            singular={singular}
            color={color}
            points={draft[key]}
            onAdd={canEdit ? (text) => setDraft(addPoint(draft, key, text)) : undefined}
            onReplace={canEdit ? (index, text) => setDraft(replacePoint(draft, key, index, text)) : undefined}
            onRemove={canEdit ? (index) => setDraft(removePoint(draft, key, index)) : undefined}
            onMove={canEdit ? (index, by) => setDraft(movePoint(draft, key, index, by)) : undefined}
          />
        ))}
      </SimpleGrid>
      <UnsavedChangesGuard when={changed} what="your changes to the SWOT" />
      {merged && (
        <Alert color="yellow" role="alert" title="Someone else saved this SWOT meanwhile">
          Your changes are now applied on top of theirs. Review the lists and save again.
        </Alert>
      )}
      {canEdit && (
        <Paper withBorder radius="md" p="sm">
          <Group justify="space-between">
            <Text size="sm" c="dimmed" role="status">
              {changed ? 'Unsaved changes' : savedLine(swot.data)}
            </Text>
            <Group gap="xs">
              <Button variant="default" onClick={discard} disabled={!changed || put.isPending}>
                Discard changes
              </Button>
              <Button onClick={save} disabled={!changed} loading={put.isPending}>
                Save SWOT
              </Button>
            </Group>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}

function savedLine(swot: Swot | undefined): string {
  if (!swot || swot.version === 0 || !swot.updatedAt) return 'Not saved yet';
  return `Saved ${formatDate(swot.updatedAt.slice(0, 10))}`;
}
