import { describe, expect, it } from 'vitest';
import { meetsLatency, meetsThroughput } from './bench-api-targets';

const run = { requests: 40_000, requestsPerSecond: 1998.3, durationS: 20, unsent: 0, errors: 0 };

describe('the API targets', () => {
  it('counts an open loop that answered every request due at 2,000/s as sustaining it', () => {
    expect(meetsThroughput(run, 2000)).toBe(true);
    // behind: requests due in the window were never sent
    expect(meetsThroughput({ ...run, unsent: 5 }, 2000)).toBe(false);
    expect(meetsThroughput({ ...run, errors: 1 }, 2000)).toBe(false);
    // offered less than the target
    expect(meetsThroughput({ ...run, requests: 30_000, requestsPerSecond: 1500 }, 1500)).toBe(false);
  });

  it('asks a closed loop for the answers within its window', () => {
    expect(meetsThroughput({ ...run, requests: 55_705, requestsPerSecond: 2785.3 }, undefined)).toBe(true);
    expect(meetsThroughput(run, undefined)).toBe(false);
  });

  it('holds the p99 under 50 ms', () => {
    const all = { count: 10, p50Ms: 1, p95Ms: 20, p99Ms: 49.9, maxMs: 80 };
    expect(meetsLatency({ requests: 10, all })).toBe(true);
    expect(meetsLatency({ requests: 10, all: { ...all, p99Ms: 50 } })).toBe(false);
    expect(meetsLatency({ requests: 0, all })).toBe(false);
  });
});
