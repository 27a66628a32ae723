import type { Simulation, Task } from '@tandem/api';
import { parseFloatingDate } from '../../lib/format';

const dayLabel = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

function label(value: string): string {
  const date = parseFloatingDate(value);
  return date ? dayLabel.format(date) : value;
}

/** Finish-date histogram (bars: iterations per bin) with the cumulative curve (line, 0–100 %). */
export function histogramOption(simulation: Simulation) {
  const bins = simulation.histogram;
  return {
    aria: { enabled: true },
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: ['Iterations', 'Cumulative'], top: 0 },
    grid: { left: 48, right: 48, top: 32, bottom: 40 },
    xAxis: {
      type: 'category',
      data: bins.map((bin) => label(bin.to)),
      name: 'Finish by',
      nameLocation: 'middle',
      nameGap: 28,
    },
    yAxis: [
      { type: 'value', name: 'Iterations' },
      { type: 'value', name: '%', min: 0, max: 100, position: 'right' },
    ],
    series: [
      {
        name: 'Iterations',
        type: 'bar',
        data: bins.map((bin) => bin.count),
        itemStyle: { color: '#4c6ef5' },
      },
      {
        name: 'Cumulative',
        type: 'line',
        yAxisIndex: 1,
        smooth: true,
        showSymbol: false,
        data: bins.map((bin) => Math.round(bin.cumulative * 1000) / 10),
        itemStyle: { color: '#f76707' },
      },
    ],
  };
}

/** Tornado: the tasks whose duration moves the finish most (Pearson r), largest at the top. */
export function tornadoOption(simulation: Simulation, tasks: ReadonlyMap<string, Task>, limit = 10) {
  const top = simulation.sensitivity.slice(0, limit).reverse();
  return {
    aria: { enabled: true },
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 160, right: 24, top: 8, bottom: 32 },
    xAxis: {
      type: 'value',
      min: -1,
      max: 1,
      name: 'Correlation with finish',
      nameLocation: 'middle',
      nameGap: 24,
    },
    yAxis: { type: 'category', data: top.map((s) => tasks.get(s.taskId)?.name ?? 'deleted task') },
    series: [
      {
        type: 'bar',
        data: top.map((s) => ({
          value: Math.round(s.correlation * 100) / 100,
          itemStyle: { color: s.correlation >= 0 ? '#e8590c' : '#2f9e44' },
        })),
      },
    ],
  };
}
