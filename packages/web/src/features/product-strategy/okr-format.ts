const measure = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** "1,250", "3.5", "−2": a key result's value as typed, grouped for reading. */
export function formatMeasure(value: number): string {
  return measure.format(value).replace('-', '−');
}

/** "42 %" for a 0–1 ratio (the server's progress or confidence); "No key results" for null. */
export function formatRatio(value: number | null): string {
  if (value === null) return 'No key results';
  return `${Math.round(value * 100)} %`;
}

export type ConfidenceLevel = 'low' | 'medium' | 'high';

/** Confidence bands as OKR check-ins read them: under 40 % at risk, 70 % and over on track. */
export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence < 0.4) return 'low';
  if (confidence < 0.7) return 'medium';
  return 'high';
}

export const CONFIDENCE_COLOR: Readonly<Record<ConfidenceLevel, string>> = {
  low: 'red',
  medium: 'yellow',
  high: 'teal',
};

/** Progress bar colour: done in teal, otherwise the brand colour. */
export function progressColor(progress: number | null): string {
  return progress !== null && progress >= 1 ? 'teal' : 'blue';
}
