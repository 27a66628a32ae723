import { describe, expect, it } from 'vitest';
import { EMPTY_RISK_FORM, formFieldOf, riskRequestFrom } from './risk-form';

describe('the risk form', () => {
  it('turns days into working minutes and money into minor units', () => {
    const result = riskRequestFrom(
      {
        ...EMPTY_RISK_FORM,
        title: ' Supplier late ',
        scheduleImpactDays: '2.5',
        costImpactAmount: '1,500.25',
        taskIds: ['t'],
      },
      480,
      'EUR',
    );
    expect(result).toMatchObject({
      request: {
        title: 'Supplier late',
        probability: 3,
        scheduleImpactMinutes: 1200,
        costImpactMinor: 150_025,
        taskIds: ['t'],
      },
    });
    expect('request' in result && 'probabilityPercent' in result.request).toBe(false);
  });

  it('names every field it cannot read', () => {
    const result = riskRequestFrom(
      {
        ...EMPTY_RISK_FORM,
        title: ' ',
        scheduleImpactDays: '-1',
        costImpactAmount: '12.345',
        probabilityPercent: '140',
      },
      480,
      'EUR',
    );
    expect(result).toEqual({
      errors: {
        title: 'Give the risk a title',
        scheduleImpactDays: 'Enter working days, 0 or more',
        costImpactAmount: 'Enter an amount in EUR, like 1500 or 1500.50',
        probabilityPercent: 'Enter a percentage from 0 to 100, or leave it empty',
      },
    });
  });

  it('shows the server’s objections on the fields the form uses', () => {
    expect(formFieldOf('scheduleImpactMinutes')).toBe('scheduleImpactDays');
    expect(formFieldOf('costImpactMinor')).toBe('costImpactAmount');
    expect(formFieldOf('title')).toBe('title');
  });
});
