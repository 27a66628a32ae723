// Money travels in integer minor units (cents); it is divided by 10^digits only to print it, and
// parsed from text digit by digit so that no binary floating point ever touches a stored amount.

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${currency}|${compact}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency,
      ...(compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The number of minor digits of an ISO 4217 currency: 2 for EUR, 0 for JPY, 3 for KWD. */
export function minorDigits(currency: string): number {
  return formatterFor(currency, false).resolvedOptions().maximumFractionDigits ?? 2;
}

/** "€8,500.00" from 850000 minor units of EUR; an em dash for null. `compact` gives "€8.5K". */
export function formatMoney(
  minor: number | null,
  currency: string,
  options: { compact?: boolean } = {},
): string {
  if (minor === null) return '—';
  if (!Number.isInteger(minor)) throw new Error(`formatMoney: ${minor} is not a whole number of minor units`);
  const value = minor / 10 ** minorDigits(currency);
  return formatterFor(currency, options.compact ?? false).format(value);
}

/**
 * Reads an amount typed by a person ("8500", "8,500.50", "8500.5") as integer minor units of
 * `currency`. Returns null for text that is not an amount or has more decimals than the currency.
 */
export function parseMoneyInput(text: string, currency: string): number | null {
  const cleaned = text.trim().replace(/[\s,_]/g, '');
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return null;
  const digits = minorDigits(currency);
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  const minor = Number(match[1] + fraction.padEnd(digits, '0'));
  return Number.isSafeInteger(minor) ? minor : null;
}

/** An index such as SPI or CPI to two decimals; an em dash when undefined (nothing planned yet). */
export function formatIndex(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '—' : value.toFixed(2);
}

/** Minor units as a plain amount to edit ("8500.50"): no symbol, no grouping, exact. */
export function formatMoneyInput(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  const whole = digits === 0 ? text : text.slice(0, -digits);
  const fraction = digits === 0 ? '' : `.${text.slice(-digits)}`;
  return `${minor < 0 ? '-' : ''}${whole}${fraction}`;
}
