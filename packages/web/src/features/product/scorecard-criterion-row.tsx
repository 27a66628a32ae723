import { ActionIcon, Badge, Button, Group, NumberInput, Paper, Stack, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import type { ScorecardCriterion, UpdateScorecardCriterionRequest } from '@tandem/api';
import { useState } from 'react';
import { formatScore } from './feature-scores';
import { checkWeight } from './scorecard-order';

/** Mantine's NumberInput gives '' when cleared. */
export function numberOrNull(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const parsed = Number(value);
  return value.trim() === '' || !Number.isFinite(parsed) ? null : parsed;
}

interface CriterionRowProps {
  readonly criterion: ScorecardCriterion;
  /** The criterion's share of the total weight, in %. */
  readonly share: number;
  readonly first: boolean;
  readonly last: boolean;
  readonly busy: boolean;
  readonly onSave: (body: UpdateScorecardCriterionRequest) => void;
  readonly onMove: (delta: -1 | 1) => void;
  readonly onRemove: () => void;
}

/**
 * One criterion, edited in place: name, weight and scale are saved together (with the version
 * read). The parent remounts it by version, so a saved or remote change resets the fields.
 */
export function CriterionRow({
  criterion,
  share,
  first,
  last,
  busy,
  onSave,
  onMove,
  onRemove,
}: CriterionRowProps) {
  const [name, setName] = useState(criterion.name);
  const [weight, setWeight] = useState<number | null>(criterion.weight);
  const [scaleMin, setScaleMin] = useState<number | null>(criterion.scaleMin);
  const [scaleMax, setScaleMax] = useState<number | null>(criterion.scaleMax);
  const weightError = checkWeight(weight);
  const scaleError =
    scaleMin === null || scaleMax === null
      ? 'Give both ends'
      : scaleMin >= scaleMax
        ? 'Must run upwards'
        : null;
  const dirty =
    name.trim() !== criterion.name ||
    weight !== criterion.weight ||
    scaleMin !== criterion.scaleMin ||
    scaleMax !== criterion.scaleMax;
  const valid = name.trim() !== '' && weightError === null && scaleError === null;

  const save = () => {
    const body: UpdateScorecardCriterionRequest = { version: criterion.version };
    if (name.trim() !== criterion.name) body.name = name.trim();
    if (weight !== null && weight !== criterion.weight) body.weight = weight;
    if (scaleMin !== null && scaleMin !== criterion.scaleMin) body.scaleMin = scaleMin;
    if (scaleMax !== null && scaleMax !== criterion.scaleMax) body.scaleMax = scaleMax;
    onSave(body);
  };

  return (
    <Paper withBorder p="xs" radius="sm" data-testid="scorecard-criterion" data-criterion-id={criterion.id}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (dirty && valid) save();
        }}
      >
        <Stack gap={6}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              aria-label={`Name of ${criterion.name}`}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={name.trim() === '' ? 'Give a name' : undefined}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="subtle"
              aria-label={`Move ${criterion.name} up`}
              disabled={first || busy}
              onClick={() => onMove(-1)}
            >
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              aria-label={`Move ${criterion.name} down`}
              disabled={last || busy}
              onClick={() => onMove(1)}
            >
              <IconArrowDown size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Remove ${criterion.name}`}
              disabled={busy}
              onClick={onRemove}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <NumberInput
              label="Weight"
              aria-label={`Weight of ${criterion.name}`}
              w={110}
              min={0}
              max={1000}
              step={1}
              decimalScale={3}
              value={weight ?? ''}
              onChange={(value) => setWeight(numberOrNull(value))}
              error={weightError ?? undefined}
            />
            <NumberInput
              label="Scale from"
              aria-label={`Scale start of ${criterion.name}`}
              w={100}
              allowDecimal={false}
              value={scaleMin ?? ''}
              onChange={(value) => setScaleMin(numberOrNull(value))}
              error={scaleError ?? undefined}
            />
            <NumberInput
              label="to"
              aria-label={`Scale end of ${criterion.name}`}
              w={100}
              allowDecimal={false}
              value={scaleMax ?? ''}
              onChange={(value) => setScaleMax(numberOrNull(value))}
            />
            <Stack gap={2} align="flex-end" style={{ flex: 1 }}>
              <Badge variant="light" mt={26} title="Share of the total weight">
                {formatScore(share)} %
              </Badge>
            </Stack>
          </Group>
          {dirty && (
            <Group justify="flex-end">
              <Button size="xs" type="submit" disabled={!valid} loading={busy}>
                Save {criterion.name}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
