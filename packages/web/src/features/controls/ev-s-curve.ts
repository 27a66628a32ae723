import type { EarnedValue } from '@tandem/api';
import { parseFloatingDate } from '../../lib/format';
import { minorDigits } from './money';

/** A floating date-time as the epoch milliseconds ECharts plots (read as UTC, like every date here). */
function time(value: string): number {
  const date = parseFloatingDate(value);
  if (!date) throw new Error(`S-curve: unreadable date "${value}"`);
  return date.getTime();
}

const WEEK_MS = 7 * 86_400_000;

/**
 * The S-curve's points in currency units: cumulative PV per week from zero at the first week's
 * start, AC from zero up to the status date (the week holding it is drawn at the status date), and
 * the EV point at the status date.
 */
export function sCurvePoints(value: EarnedValue) {
  const scale = 10 ** minorDigits(value.currency);
  const statusDate = time(value.statusDate);
  const start = value.series.length > 0 ? time(value.series[0].periodEnd) - WEEK_MS : statusDate;
  const origin: [number, number] = [start, 0];
  const ac: [number, number][] = [origin];
  for (const p of value.series) {
    if (p.ac === null) continue;
    ac.push([Math.min(time(p.periodEnd), statusDate), p.ac / scale]);
  }
  return {
    pv: [origin, ...value.series.map((p) => [time(p.periodEnd), p.pv / scale] as [number, number])],
    ac,
    ev: [statusDate, value.ev / scale] as [number, number],
    statusDate,
  };
}

/** The ECharts option of the earned-value S-curve (weekly PV and AC lines, the EV point, the status date). */
export function sCurveOption(value: EarnedValue) {
  const points = sCurvePoints(value);
  const money = new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: value.currency,
    notation: 'compact',
  });
  return {
    useUTC: true,
    animation: false,
    aria: { enabled: true },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? money.format(v) : String(v)),
    },
    legend: { data: ['PV', 'AC', 'EV'], top: 0 },
    grid: { left: 64, right: 24, top: 32, bottom: 32 },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => money.format(v) } },
    series: [
      {
        name: 'PV',
        type: 'line',
        data: points.pv,
        showSymbol: false,
        lineStyle: { type: 'dashed' },
        itemStyle: { color: '#868e96' },
        markLine: {
          symbol: 'none',
          label: { formatter: 'Status date' },
          lineStyle: { color: '#495057' },
          data: [{ xAxis: points.statusDate }],
        },
      },
      { name: 'AC', type: 'line', data: points.ac, itemStyle: { color: '#e03131' } },
      { name: 'EV', type: 'scatter', data: [points.ev], symbolSize: 12, itemStyle: { color: '#2f9e44' } },
    ],
  };
}
