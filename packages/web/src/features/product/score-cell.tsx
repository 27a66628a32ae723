import { Text, Tooltip } from '@mantine/core';
import type { FeatureScores } from '@tandem/api';
import { SCORE_LABELS, type ScoreMetric, scoreDisplay } from './feature-scores';

/** One score: the number, or the server's reason there is none (never NaN or Infinity). */
export function ScoreCell({
  scores,
  metric,
}: {
  readonly scores: FeatureScores;
  readonly metric: ScoreMetric;
}) {
  const display = scoreDisplay(scores, metric);
  if (display.kind === 'value') {
    return (
      <Text size="sm" ff="monospace" ta="right" data-score={metric}>
        {display.text}
      </Text>
    );
  }
  return (
    <Tooltip label={display.text} multiline maw={280}>
      <Text
        size="xs"
        c="dimmed"
        fs="italic"
        lineClamp={2}
        data-score={metric}
        aria-label={`${SCORE_LABELS[metric]}: ${display.text}`}
      >
        {display.text}
      </Text>
    </Tooltip>
  );
}
