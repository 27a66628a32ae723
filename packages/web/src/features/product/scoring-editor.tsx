import {
  Alert,
  Button,
  Divider,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import type { Feature, UpdateFeatureRequest } from '@tandem/api';
import { useState } from 'react';
import { describeError } from '../../lib/problem';
import { useUpdateFeature } from './product.queries';
import { useScorecard } from './scorecard.queries';
import { ScorecardFields, scorecardValuesOf } from './scorecard-fields';

const KANO = [
  { value: 'must-be', label: 'Must-be' },
  { value: 'performance', label: 'Performance' },
  { value: 'attractive', label: 'Attractive' },
  { value: 'indifferent', label: 'Indifferent' },
  { value: 'reverse', label: 'Reverse' },
  { value: 'questionable', label: 'Questionable' },
];

type Inputs = Record<
  | 'reach'
  | 'impact'
  | 'confidence'
  | 'riceEffort'
  | 'businessValue'
  | 'timeCriticality'
  | 'riskReduction'
  | 'jobSize'
  | 'value'
  | 'effort',
  number | null
>;

function initialInputs(feature: Feature): Inputs {
  return {
    reach: feature.rice.reach,
    impact: feature.rice.impact,
    confidence: feature.rice.confidence,
    riceEffort: feature.rice.effort,
    businessValue: feature.wsjf.businessValue,
    timeCriticality: feature.wsjf.timeCriticality,
    riskReduction: feature.wsjf.riskReduction,
    jobSize: feature.wsjf.jobSize,
    value: feature.value,
    effort: feature.effort,
  };
}

/** Mantine's NumberInput gives '' when cleared. */
function toNumber(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const parsed = Number(value);
  return value.trim() === '' || !Number.isFinite(parsed) ? null : parsed;
}

interface ScoringEditorProps {
  readonly feature: Feature;
  readonly workspaceId: string;
  readonly onClose: () => void;
}

/**
 * Edits a feature's RICE, WSJF, value/effort, Kano and scorecard inputs; the server computes the
 * scores.
 */
export function ScoringEditor({ feature, workspaceId, onClose }: ScoringEditorProps) {
  const update = useUpdateFeature(workspaceId);
  const [inputs, setInputs] = useState<Inputs>(() => initialInputs(feature));
  const [kano, setKano] = useState<string | null>(feature.kano);
  const scorecard = useScorecard(workspaceId);
  const [cardValues, setCardValues] = useState<Readonly<Record<string, number | null>>>(() =>
    scorecardValuesOf(feature),
  );

  const field = (
    key: keyof Inputs,
    label: string,
    extra: { min?: number; max?: number; step?: number; description?: string } = {},
  ) => (
    <NumberInput
      label={label}
      description={extra.description}
      min={extra.min ?? 0}
      max={extra.max}
      step={extra.step}
      decimalScale={2}
      value={inputs[key] ?? ''}
      onChange={(value) => setInputs((current) => ({ ...current, [key]: toNumber(value) }))}
    />
  );

  const save = () => {
    const body: UpdateFeatureRequest = {
      version: feature.version,
      rice: {
        reach: inputs.reach,
        impact: inputs.impact,
        confidence: inputs.confidence,
        effort: inputs.riceEffort,
      },
      wsjf: {
        businessValue: inputs.businessValue,
        timeCriticality: inputs.timeCriticality,
        riskReduction: inputs.riskReduction,
        jobSize: inputs.jobSize,
      },
      value: inputs.value,
      effort: inputs.effort,
      kano: (kano as Feature['kano']) ?? null,
      // every criterion shown is sent: a blank one clears its value
      ...(scorecard.data && scorecard.data.criteria.length > 0
        ? {
            scorecard: scorecard.data.criteria.map((c) => ({
              criterionId: c.id,
              value: cardValues[c.id] ?? null,
            })),
          }
        : {}),
    };
    update.mutate({ featureId: feature.id, body }, { onSuccess: onClose });
  };

  return (
    <Modal opened onClose={onClose} title={`Score “${feature.title}”`} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Stack>
          <Text fw={600} size="sm">
            RICE
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {field('reach', 'Reach', { description: 'people / quarter' })}
            {field('impact', 'Impact', { max: 10, step: 0.25, description: '0.25 to 3' })}
            {field('confidence', 'Confidence', { max: 1, step: 0.1, description: '0 to 1' })}
            {field('riceEffort', 'RICE effort', { step: 0.5, description: 'person-months' })}
          </SimpleGrid>
          <Divider />
          <Text fw={600} size="sm">
            WSJF
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {field('businessValue', 'Business value')}
            {field('timeCriticality', 'Time criticality')}
            {field('riskReduction', 'Risk reduction')}
            {field('jobSize', 'Job size')}
          </SimpleGrid>
          <Divider />
          <SimpleGrid cols={{ base: 2, sm: 3 }}>
            {field('value', 'Value', { max: 1000 })}
            {field('effort', 'Effort', { max: 1000 })}
            <Select label="Kano" data={KANO} value={kano} onChange={setKano} clearable />
          </SimpleGrid>
          <Divider />
          <ScorecardFields
            scorecard={scorecard.data}
            error={scorecard.error}
            values={cardValues}
            onChange={(criterionId, value) =>
              setCardValues((current) => ({ ...current, [criterionId]: value }))
            }
          />
          {update.error && (
            <Alert color="red" role="alert" title="Scores not saved">
              {describeError(update.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save scores
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
