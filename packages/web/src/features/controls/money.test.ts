import { describe, expect, it } from 'vitest';
import { formatIndex, formatMoney, formatMoneyInput, minorDigits, parseMoneyInput } from './money';

describe('money formatting', () => {
  it('prints minor units in the currency with its own number of decimals', () => {
    expect(formatMoney(850_000, 'EUR')).toBe('€8,500.00');
    expect(formatMoney(1_234, 'JPY')).toBe('JP¥1,234');
    expect(formatMoney(1_500, 'KWD')).toBe('KWD\u00a01.500');
    expect(formatMoney(5, 'USD')).toBe('US$0.05');
  });

  it('prints an em dash for a missing amount and refuses fractions of a minor unit', () => {
    expect(formatMoney(null, 'EUR')).toBe('—');
    expect(() => formatMoney(10.5, 'EUR')).toThrow(/10\.5 is not a whole number of minor units/);
  });

  it('knows the minor digits of a currency', () => {
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
  });

  it('parses typed amounts to exact minor units without floating point', () => {
    expect(parseMoneyInput('8,500.50', 'EUR')).toBe(850_050);
    expect(parseMoneyInput('0.1', 'EUR')).toBe(10);
    expect(parseMoneyInput(' 12 ', 'USD')).toBe(1_200);
    expect(parseMoneyInput('1234', 'JPY')).toBe(1_234);
    // 0.1 + 0.2 style inputs stay exact
    expect(parseMoneyInput('0.29', 'EUR')).toBe(29);
  });

  it('refuses text that is not an amount or has too many decimals', () => {
    expect(parseMoneyInput('abc', 'EUR')).toBeNull();
    expect(parseMoneyInput('-5', 'EUR')).toBeNull();
    expect(parseMoneyInput('1.005', 'EUR')).toBeNull();
    expect(parseMoneyInput('1.5', 'JPY')).toBeNull();
    expect(parseMoneyInput('', 'EUR')).toBeNull();
  });

  it('prints indices to two decimals and an em dash when undefined', () => {
    expect(formatIndex(0.8)).toBe('0.80');
    expect(formatIndex(null)).toBe('—');
  });

  it('writes minor units back as an editable amount that parses to the same value', () => {
    expect(formatMoneyInput(850_050, 'EUR')).toBe('8500.50');
    expect(formatMoneyInput(5, 'EUR')).toBe('0.05');
    expect(formatMoneyInput(1_234, 'JPY')).toBe('1234');
    expect(parseMoneyInput(formatMoneyInput(123_456_789, 'EUR'), 'EUR')).toBe(123_456_789);
  });
});
