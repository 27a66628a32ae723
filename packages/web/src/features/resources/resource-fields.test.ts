import type { Resource } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import {
  editField,
  fieldText,
  formatMoney,
  parseMoneyInput,
  parseUnitsInput,
  typeChange,
} from './resource-fields';

const ana: Resource = {
  id: '0190a000-0000-7000-8000-000000000001',
  workspaceId: '0190a000-0000-7000-8000-000000000002',
  name: 'Ana',
  type: 'work',
  initials: 'A',
  group: 'Design',
  materialLabel: '',
  maxUnits: 100,
  availability: [],
  calendarId: null,
  standardRate: { amountMinor: 4500, per: 'h' },
  overtimeRate: { amountMinor: 6000, per: 'h' },
  costPerUse: { amountMinor: 0 },
  rateChanges: [],
  version: 3,
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
};

describe('money', () => {
  it('reads amounts as people type them, in minor units', () => {
    expect(parseMoneyInput('12')).toBe(1200);
    expect(parseMoneyInput('12.5')).toBe(1250);
    expect(parseMoneyInput('12,05')).toBe(1205);
    expect(parseMoneyInput('1 200.00')).toBe(120000);
    expect(parseMoneyInput('45/h')).toBe(4500);
  });
  it('refuses negative amounts, fractions of a cent and words', () => {
    expect(parseMoneyInput('-3')).toBeNull();
    expect(parseMoneyInput('1.005')).toBeNull();
    expect(parseMoneyInput('lots')).toBeNull();
  });
  it('prints minor units with two decimals', () => {
    expect(formatMoney(1205)).toBe('12.05');
    expect(formatMoney(0)).toBe('0.00');
  });
});

describe('editField', () => {
  it('sends nothing when the text did not change', () => {
    expect(editField(ana, 'standardRate', ' 45.00 ')).toEqual({ ok: true, patch: null });
    expect(editField(ana, 'maxUnits', fieldText(ana, 'maxUnits'))).toEqual({ ok: true, patch: null });
  });
  it('patches a rate in the unit of the resource type', () => {
    expect(editField(ana, 'standardRate', '50')).toEqual({
      ok: true,
      patch: { standardRate: { amountMinor: 5000, per: 'h' } },
    });
    expect(editField({ ...ana, type: 'material' }, 'standardRate', '7.5')).toEqual({
      ok: true,
      patch: { standardRate: { amountMinor: 750, per: 'unit' } },
    });
  });
  it('reads max units with or without the percent sign', () => {
    expect(editField(ana, 'maxUnits', '50%')).toEqual({ ok: true, patch: { maxUnits: 50 } });
    expect(parseUnitsInput('250')).toBe(250);
  });
  it('names the field it refuses', () => {
    expect(editField(ana, 'name', '   ')).toEqual({ ok: false, error: 'Name must not be empty' });
    expect(editField(ana, 'maxUnits', 'full')).toMatchObject({
      ok: false,
      error: expect.stringContaining('Max units'),
    });
    expect(editField(ana, 'costPerUse', '-1')).toMatchObject({
      ok: false,
      error: expect.stringContaining('Cost per use'),
    });
  });
});

describe('typeChange', () => {
  it('moves the rates to per-unit when a resource becomes material', () => {
    expect(typeChange(ana, 'material')).toEqual({
      type: 'material',
      standardRate: { amountMinor: 4500, per: 'unit' },
      overtimeRate: { amountMinor: 6000, per: 'unit' },
    });
    expect(typeChange(ana, 'work')).toBeNull();
  });
});
