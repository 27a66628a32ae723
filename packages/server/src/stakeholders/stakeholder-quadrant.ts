import type { StakeholderQuadrant } from '@tandem/api';

/** On the 1–5 scales, 3 and above counts as high: the middle leans to more attention, not less. */
const HIGH = 3;

/**
 * Mendelow's power/interest grid: high power and interest → manage closely; high power only →
 * keep satisfied; high interest only → keep informed; neither → monitor.
 */
export function stakeholderQuadrant(power: number, interest: number): StakeholderQuadrant {
  if (power >= HIGH) return interest >= HIGH ? 'manage-closely' : 'keep-satisfied';
  return interest >= HIGH ? 'keep-informed' : 'monitor';
}
