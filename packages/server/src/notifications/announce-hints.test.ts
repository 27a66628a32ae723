import { describe, expect, it } from 'vitest';
import { AnnounceHints } from './announce-hints';

describe('AnnounceHints', () => {
  it('says nothing is pending where nothing was written', () => {
    expect(new AnnounceHints().has('w1')).toBe(false);
  });

  it('stays pending until as many were claimed as were written', () => {
    const hints = new AnnounceHints();
    hints.note('w1', 2);
    hints.note('w1', 1);
    hints.claimed('w1', 2);
    expect(hints.has('w1')).toBe(true);
    expect(hints.has('w2')).toBe(false);
    hints.claimed('w1', 1);
    expect(hints.has('w1')).toBe(false);
  });

  it('drops what a rolled-back write left once the time to live has passed', () => {
    let now = 1_000;
    const hints = new AnnounceHints(60_000, () => now);
    hints.note('w1', 1);
    now += 59_000;
    expect(hints.has('w1')).toBe(true);
    now += 2_000;
    expect(hints.has('w1')).toBe(false);
  });

  it('ignores an empty write', () => {
    const hints = new AnnounceHints();
    hints.note('w1', 0);
    expect(hints.has('w1')).toBe(false);
  });
});
