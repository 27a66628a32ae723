import type { Feature } from '@tandem/api';

export interface ValueEffortPoint {
  readonly id: string;
  readonly title: string;
  readonly value: number;
  readonly effort: number;
}

/** Features with both a value and an effort (finite), for the 2×2. */
export function valueEffortPoints(features: readonly Feature[]): ValueEffortPoint[] {
  return features.flatMap((feature) =>
    feature.value !== null &&
    feature.effort !== null &&
    Number.isFinite(feature.value) &&
    Number.isFinite(feature.effort)
      ? [{ id: feature.id, title: feature.title, value: feature.value, effort: feature.effort }]
      : [],
  );
}

/** The quadrant split: the middle of the range on each axis (so the four boxes are equal). */
export function quadrantSplit(points: readonly ValueEffortPoint[]): { value: number; effort: number } {
  if (points.length === 0) return { value: 0, effort: 0 };
  const mid = (values: number[]) => (Math.min(...values) + Math.max(...values)) / 2;
  return { value: mid(points.map((p) => p.value)), effort: mid(points.map((p) => p.effort)) };
}

/** ECharts option: value (y) against effort (x), split into quick wins, big bets, fill-ins, money pits. */
export function valueEffortOption(points: readonly ValueEffortPoint[]) {
  const split = quadrantSplit(points);
  return {
    aria: { enabled: true },
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (params: { data: [number, number, string] }) =>
        `${params.data[2]}<br/>value ${params.data[1]}, effort ${params.data[0]}`,
    },
    grid: { left: 48, right: 24, top: 24, bottom: 40 },
    xAxis: { type: 'value', name: 'Effort', nameLocation: 'middle', nameGap: 26 },
    yAxis: { type: 'value', name: 'Value' },
    series: [
      {
        type: 'scatter',
        symbolSize: 14,
        data: points.map((point) => [point.effort, point.value, point.title]),
        label: {
          show: true,
          position: 'right',
          formatter: (params: { data: [number, number, string] }) => params.data[2],
        },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#868e96' },
          data: [{ xAxis: split.effort }, { yAxis: split.value }],
        },
      },
    ],
  };
}
