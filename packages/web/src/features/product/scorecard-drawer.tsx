import {
  Alert,
  Button,
  Drawer,
  Group,
  Loader,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { Scorecard } from '@tandem/api';
import { useState } from 'react';
import { describeError } from '../../lib/problem';
import {
  useCreateCriterion,
  useDeleteCriterion,
  useReorderScorecard,
  useScorecard,
  useUpdateCriterion,
} from './scorecard.queries';
import { CriterionRow, numberOrNull } from './scorecard-criterion-row';
import { checkWeight, moveCriterion, weightShares } from './scorecard-order';

/**
 * The workspace's weighted scorecard: add, rename, reweight, rescale, reorder and remove criteria.
 * Every save re-ranks the backlog's Scorecard column.
 */
export function ScorecardDrawer({
  workspaceId,
  opened,
  onClose,
}: {
  readonly workspaceId: string;
  readonly opened: boolean;
  readonly onClose: () => void;
}) {
  const scorecard = useScorecard(workspaceId);
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="lg" title="Weighted scorecard">
      <Stack data-testid="scorecard-drawer">
        <Text size="sm" c="dimmed">
          Each feature scores every criterion on its scale. Its scorecard score is the weighted mean of those
          values, each placed on 0–100 along its scale: Σ weight × placed value / Σ weight.
        </Text>
        {scorecard.isPending && <Loader size="sm" aria-label="Loading the scorecard" />}
        {scorecard.error && (
          <Alert color="red" role="alert" title="The scorecard could not be loaded">
            {describeError(scorecard.error)}
          </Alert>
        )}
        {scorecard.data && <CriteriaEditor workspaceId={workspaceId} scorecard={scorecard.data} />}
      </Stack>
    </Drawer>
  );
}

function CriteriaEditor({
  workspaceId,
  scorecard,
}: {
  readonly workspaceId: string;
  readonly scorecard: Scorecard;
}) {
  const update = useUpdateCriterion(workspaceId);
  const remove = useDeleteCriterion(workspaceId);
  const reorder = useReorderScorecard(workspaceId);
  const { criteria } = scorecard;
  const shares = weightShares(criteria.map((c) => c.weight));
  const busy = update.isPending || remove.isPending || reorder.isPending;
  const error = update.error ?? remove.error ?? reorder.error;
  const ids = criteria.map((c) => c.id);

  return (
    <Stack gap="xs">
      {criteria.length === 0 && (
        <Alert color="gray">
          No criteria yet. Add the first one below, e.g. “Customer value” with weight 3.
        </Alert>
      )}
      {criteria.map((criterion, index) => (
        <CriterionRow
          // remount on every new version so the fields show what was saved
          key={`${criterion.id}/${criterion.version}`}
          criterion={criterion}
          share={shares[index] ?? 0}
          first={index === 0}
          last={index === criteria.length - 1}
          busy={busy}
          onSave={(body) => update.mutate({ criterionId: criterion.id, body })}
          onMove={(delta) => {
            const next = moveCriterion(ids, index, delta);
            if (next) reorder.mutate({ version: scorecard.version, criterionIds: next });
          }}
          onRemove={() => remove.mutate({ criterionId: criterion.id, version: criterion.version })}
        />
      ))}
      {error && (
        <Alert color="red" role="alert" title="Not saved">
          {describeError(error)}
        </Alert>
      )}
      <NewCriterionForm workspaceId={workspaceId} />
    </Stack>
  );
}

function NewCriterionForm({ workspaceId }: { readonly workspaceId: string }) {
  const create = useCreateCriterion(workspaceId);
  const [name, setName] = useState('');
  const [weight, setWeight] = useState<number | null>(1);
  const [scaleMin, setScaleMin] = useState<number | null>(1);
  const [scaleMax, setScaleMax] = useState<number | null>(5);
  const weightError = checkWeight(weight);
  const scaleValid = scaleMin !== null && scaleMax !== null && scaleMin < scaleMax;
  const valid = name.trim() !== '' && weightError === null && scaleValid;
  return (
    <form
      aria-label="Add a criterion"
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid || weight === null || scaleMin === null || scaleMax === null) return;
        create.mutate(
          { name: name.trim(), weight, scaleMin, scaleMax },
          {
            onSuccess: () => {
              setName('');
              setWeight(1);
            },
          },
        );
      }}
    >
      <Stack gap="xs" mt="sm">
        <Title order={4}>Add a criterion</Title>
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            label="Criterion"
            placeholder="e.g. Strategic fit"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <NumberInput
            label="Weight"
            w={100}
            min={0}
            max={1000}
            decimalScale={3}
            value={weight ?? ''}
            onChange={(value) => setWeight(numberOrNull(value))}
            error={name.trim() !== '' ? (weightError ?? undefined) : undefined}
          />
          <NumberInput
            label="Scale from"
            w={90}
            allowDecimal={false}
            value={scaleMin ?? ''}
            onChange={(value) => setScaleMin(numberOrNull(value))}
            error={scaleValid ? undefined : 'Must run upwards'}
          />
          <NumberInput
            label="to"
            w={90}
            allowDecimal={false}
            value={scaleMax ?? ''}
            onChange={(value) => setScaleMax(numberOrNull(value))}
          />
        </Group>
        {create.error && (
          <Alert color="red" role="alert" title="Criterion not added">
            {describeError(create.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" disabled={!valid} loading={create.isPending}>
            Add criterion
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
