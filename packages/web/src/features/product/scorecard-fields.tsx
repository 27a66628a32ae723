import { Alert, NumberInput, SimpleGrid, Text } from '@mantine/core';
import type { Feature, Scorecard } from '@tandem/api';
import { describeError } from '../../lib/problem';
import { formatScore } from './feature-scores';
import { numberOrNull } from './scorecard-criterion-row';

/** A feature's stored scorecard values by criterion id. */
export function scorecardValuesOf(feature: Feature): Record<string, number | null> {
  return Object.fromEntries(feature.scorecard.map((v) => [v.criterionId, v.value]));
}

/** One whole-number input per scorecard criterion, on that criterion's scale (in the scoring editor). */
export function ScorecardFields({
  scorecard,
  error,
  values,
  onChange,
}: {
  readonly scorecard: Scorecard | undefined;
  readonly error: unknown;
  readonly values: Readonly<Record<string, number | null>>;
  readonly onChange: (criterionId: string, value: number | null) => void;
}) {
  return (
    <>
      <Text fw={600} size="sm">
        Scorecard
      </Text>
      {error ? (
        <Alert color="red" role="alert">
          The scorecard could not be loaded: {describeError(error)}
        </Alert>
      ) : null}
      {scorecard && scorecard.criteria.length === 0 && (
        <Text size="sm" c="dimmed">
          The workspace has no scorecard criteria yet: add them with the Scorecard button on the backlog.
        </Text>
      )}
      {scorecard && scorecard.criteria.length > 0 && (
        <SimpleGrid cols={{ base: 2, sm: 3 }}>
          {scorecard.criteria.map((criterion) => (
            <NumberInput
              key={criterion.id}
              label={criterion.name}
              description={`${criterion.scaleMin}–${criterion.scaleMax}, weight ${formatScore(criterion.weight)}`}
              min={criterion.scaleMin}
              max={criterion.scaleMax}
              allowDecimal={false}
              value={values[criterion.id] ?? ''}
              onChange={(value) => onChange(criterion.id, numberOrNull(value))}
            />
          ))}
        </SimpleGrid>
      )}
    </>
  );
}
