import { describe, expect, it } from 'vitest';
import { WriteGate } from './write-gate';

describe('WriteGate', () => {
  it('lets one holder in at a time, the others in the order they asked', async () => {
    const gate = new WriteGate();
    const order: string[] = [];
    expect(gate.tryAcquire()).toBe(true);
    expect(gate.tryAcquire()).toBe(false);
    const second = gate.acquire().then(() => order.push('second'));
    const third = gate.acquire().then(() => order.push('third'));
    expect(gate.queued).toBe(2);
    await Promise.resolve();
    expect(order).toEqual([]);
    gate.release();
    await second;
    // handed over, not freed: a newcomer cannot slip in ahead of the third
    expect(gate.tryAcquire()).toBe(false);
    gate.release();
    await third;
    gate.release();
    expect(order).toEqual(['second', 'third']);
    expect(gate.tryAcquire()).toBe(true);
  });
});
