import { describe, expect, it } from 'vitest';
import { describeProbe, summarizeProbe } from './bench-api-probe-report';

describe('the server probe report', () => {
  const log = [
    'gc 1000 12.5',
    'stall 1010 180.2',
    'gc 5000 20',
    'stall 900 75',
    'stall 6000 60',
    'gc 70',
  ].join('\n');

  it('keeps what fell within the window, and skips lines cut short', () => {
    expect(summarizeProbe(log, 950, 5500)).toEqual({ fullCollections: [12.5, 20], stalls: [180.2] });
    expect(summarizeProbe(log, 0, 10_000)).toEqual({ fullCollections: [12.5, 20], stalls: [180.2, 75, 60] });
    expect(summarizeProbe('', 0, 1)).toEqual({ fullCollections: [], stalls: [] });
  });

  it('says how many of each, their pauses and the longest stall', () => {
    expect(describeProbe({ fullCollections: [12.5, 20], stalls: [180.2, 75] })).toBe(
      '2 full GCs (pauses 13, 20 ms); 2 event-loop stalls over 50 ms (longest 180 ms)',
    );
    expect(describeProbe({ fullCollections: [], stalls: [] })).toBe(
      'no full GC; no event-loop stall over 50 ms',
    );
  });
});
