import type { Risk } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { bucketRisks, cellLevel, inCell, riskImpact } from './risk-matrix';

function risk(
  probability: number,
  scheduleImpact: number,
  costImpact: number,
  status: Risk['status'] = 'open',
): Risk {
  return { probability, scheduleImpact, costImpact, status } as Risk;
}

describe('the probability–impact matrix', () => {
  it('places a risk by its probability and its larger impact', () => {
    expect(riskImpact(risk(2, 1, 4))).toBe(4);
    const rows = bucketRisks([risk(5, 5, 1), risk(5, 2, 5), risk(1, 1, 1), risk(3, 2, 3)]);
    expect(rows[0][4]).toBe(2); // probability 5, impact 5 (top right)
    expect(rows[4][0]).toBe(1); // probability 1, impact 1 (bottom left)
    expect(rows[2][2]).toBe(1); // probability 3, impact 3
    expect(rows.flat().reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('leaves closed risks out unless asked', () => {
    const risks = [risk(4, 4, 1, 'closed'), risk(4, 4, 1)];
    expect(bucketRisks(risks)[1][3]).toBe(1);
    expect(bucketRisks(risks, true)[1][3]).toBe(2);
  });

  it('colours cells by the score bands of the register', () => {
    expect(cellLevel({ probability: 1, impact: 4 })).toBe('low');
    expect(cellLevel({ probability: 1, impact: 5 })).toBe('medium');
    expect(cellLevel({ probability: 2, impact: 5 })).toBe('high');
    expect(cellLevel({ probability: 4, impact: 4 })).toBe('high');
    expect(cellLevel({ probability: 4, impact: 5 })).toBe('critical');
  });

  it('filters the register to the clicked cell, or keeps every risk with no cell', () => {
    const a = risk(3, 2, 4);
    expect(inCell(a, { probability: 3, impact: 4 })).toBe(true);
    expect(inCell(a, { probability: 3, impact: 2 })).toBe(false);
    expect(inCell(a, null)).toBe(true);
  });
});
