import type { Feature, FeatureScores } from '@tandem/api';

export type ScoreMetric = 'rice' | 'wsjf' | 'valueEffort' | 'scorecard';

export const SCORE_LABELS: Readonly<Record<ScoreMetric, string>> = {
  rice: 'RICE',
  wsjf: 'WSJF',
  valueEffort: 'Value/effort',
  scorecard: 'Scorecard',
};

/** The input fields that feed each score, as the server names them in `scores.issues`. */
const METRIC_FIELDS: Readonly<Record<ScoreMetric, readonly string[]>> = {
  rice: ['rice', 'reach', 'impact', 'confidence', 'effort'],
  wsjf: ['wsjf', 'businessValue', 'timeCriticality', 'riskReduction', 'jobSize'],
  valueEffort: ['valueEffort', 'value', 'effort'],
  scorecard: ['scorecard'],
};

/** What a score cell shows: the number, or the server's reason why there is none. */
export type ScoreDisplay =
  | { readonly kind: 'value'; readonly text: string; readonly value: number }
  | { readonly kind: 'issue'; readonly text: string };

function issueMatches(field: string, metric: ScoreMetric): boolean {
  const parts = field.split('.');
  const [head] = parts;
  if (head === metric) return true;
  // a bare input name (e.g. "effort") can feed several scores: match it to every score it feeds,
  // except a prefixed one ("rice.effort") which belongs to its prefix only
  return parts.length === 1 && METRIC_FIELDS[metric].includes(head ?? '');
}

/**
 * The text for one score of a feature. A missing or non-finite score is never shown as a number:
 * the server's issues for that score are shown instead ("Not scored" when it gave none).
 */
export function scoreDisplay(scores: FeatureScores, metric: ScoreMetric): ScoreDisplay {
  const value = scores[metric];
  if (value !== null && Number.isFinite(value)) {
    return { kind: 'value', value, text: formatScore(value) };
  }
  // a scorecard can miss several values: name them all
  const reasons = scores.issues
    .filter((candidate) => issueMatches(candidate.field, metric))
    .map((issue) => issue.message);
  return { kind: 'issue', text: reasons.length > 0 ? reasons.join('; ') : 'Not scored' };
}

/** Up to two decimals, without trailing zeros; thousands grouped. */
export function formatScore(value: number): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(value);
}

/**
 * Features by a score, best first; unscored ones last in their original order. `rank` keeps the
 * manual order (ascending). Returns a new array.
 */
export function sortFeatures(features: readonly Feature[], by: ScoreMetric | 'rank'): Feature[] {
  const indexed = features.map((feature, index) => ({ feature, index }));
  indexed.sort((a, b) => {
    if (by === 'rank') return a.feature.rank - b.feature.rank || a.index - b.index;
    const left = finiteOrNull(a.feature.scores[by]);
    const right = finiteOrNull(b.feature.scores[by]);
    if (left === null && right === null) return a.index - b.index;
    if (left === null) return 1;
    if (right === null) return -1;
    return right - left || a.index - b.index;
  });
  return indexed.map((entry) => entry.feature);
}

function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}

/** Parses a number input's text: '' → null (cleared); anything not a finite number → undefined. */
export function parseScoreInput(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}
