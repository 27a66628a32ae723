import type { MarketTrend } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { impactCounts, trendMonths } from './trend-log';

let next = 0;
function trend(title: string, observedOn: string, impact: MarketTrend['impact']): MarketTrend {
  next += 1;
  return {
    id: `00000000-0000-7000-8000-${String(next).padStart(12, '0')}`,
    workspaceId: '00000000-0000-7000-8000-000000000000',
    title,
    description: '',
    impact,
    observedOn,
    links: [],
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

// newest first, as the server sends the log
const log = [
  trend('AI copilots everywhere', '2026-03-20', 'high'),
  trend('Seat pricing fatigue', '2026-03-02', 'medium'),
  trend('EU data residency', '2026-01-15', 'high'),
];

describe('the market trends log', () => {
  it('groups trends under the month they were observed in, newest month first', () => {
    const months = trendMonths(log, null);
    expect(months.map((month) => month.label)).toEqual(['March 2026', 'January 2026']);
    expect(months[0]?.trends.map((t) => t.title)).toEqual(['AI copilots everywhere', 'Seat pricing fatigue']);
  });

  it('keeps only the impact asked for, dropping months left empty', () => {
    const months = trendMonths(log, 'medium');
    expect(months).toHaveLength(1);
    expect(months[0]?.month).toBe('2026-03');
    expect(trendMonths(log, 'low')).toEqual([]);
  });

  it('counts trends by impact', () => {
    expect(impactCounts(log)).toEqual({ high: 2, medium: 1, low: 0 });
  });
});
