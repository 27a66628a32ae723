import { Input, SegmentedControl } from '@mantine/core';
import { useId } from 'react';
import { SCORE_LABELS } from './stakeholder-grid';

const SCORES = [1, 2, 3, 4, 5].map((score) => ({ value: String(score), label: String(score) }));

interface ScorePickerProps {
  readonly label: string;
  readonly description: string;
  readonly value: number;
  readonly onChange: (score: number) => void;
  readonly error?: string;
}

/** A 1–5 score as five radio buttons (arrow keys move between them), with its word under it. */
export function ScorePicker({ label, description, value, onChange, error }: ScorePickerProps) {
  const labelId = useId();
  return (
    <Input.Wrapper
      label={label}
      labelElement="div"
      id={labelId}
      description={`${description} Now: ${SCORE_LABELS[value] ?? value}.`}
      error={error}
    >
      <SegmentedControl
        aria-labelledby={labelId}
        fullWidth
        data={SCORES}
        value={String(value)}
        onChange={(next) => onChange(Number(next))}
      />
    </Input.Wrapper>
  );
}
