import { describe, expect, it } from 'vitest';
import { describeOldGeneration, describeProbe, summarizeProbe } from './bench-api-probe-report';

const MB = 1024 * 1024;

describe('the server probe report', () => {
  const log = [
    'gc 1000 12.5',
    'stall 1010 180.2',
    'old 1900 3000',
    'old 2900 5000',
    'gc 5000 20 167772160',
    'stall 900 75',
    'old 5800 7000',
    'stall 6000 60',
    'gc 70',
  ].join('\n');

  it('keeps what fell within the window, and skips lines cut short', () => {
    expect(summarizeProbe(log, 950, 5500)).toEqual({
      fullCollections: [12.5, 20],
      stalls: [180.2],
      liveAfterFull: [167772160],
      // the growth line at 1900 covers 900–1900, partly before the window
      oldGrowth: { bytes: 5000, seconds: 1 },
    });
    expect(summarizeProbe(log, 0, 10_000)).toMatchObject({
      fullCollections: [12.5, 20],
      stalls: [180.2, 75, 60],
      oldGrowth: { bytes: 15000, seconds: 3 },
    });
    expect(summarizeProbe('', 0, 1)).toEqual({
      fullCollections: [],
      stalls: [],
      liveAfterFull: [],
      oldGrowth: { bytes: 0, seconds: 0 },
    });
  });

  it('says how many of each, their pauses and the longest stall', () => {
    expect(describeProbe({ fullCollections: [12.5, 20], stalls: [180.2, 75] })).toBe(
      '2 full GCs (pauses 13, 20 ms); 2 event-loop stalls over 50 ms (longest 180 ms)',
    );
    expect(describeProbe({ fullCollections: [], stalls: [] })).toBe(
      'no full GC; no event-loop stall over 50 ms',
    );
  });

  it('says how fast the old generation grew and what full collections left live', () => {
    expect(
      describeOldGeneration({
        liveAfterFull: [162 * MB, 170.4 * MB],
        oldGrowth: { bytes: 27 * MB, seconds: 2 },
      }),
    ).toBe('grew 13.5 MB/s; 162–170 MB live after a full GC');
    expect(describeOldGeneration({ liveAfterFull: [], oldGrowth: { bytes: 0, seconds: 0 } })).toBe(
      'growth not read',
    );
  });
});
