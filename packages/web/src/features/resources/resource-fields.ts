import type { Resource, ResourceType, UpdateResourceRequest } from '@tandem/api';

/** The resource sheet's editable text columns. */
export type ResourceTextField =
  | 'name'
  | 'initials'
  | 'group'
  | 'maxUnits'
  | 'standardRate'
  | 'overtimeRate'
  | 'costPerUse';

/** What an edited cell gives: the patch to send (without version), or why the text is refused. */
export type FieldEdit =
  | { readonly ok: true; readonly patch: Omit<UpdateResourceRequest, 'version'> | null }
  | { readonly ok: false; readonly error: string };

const MAX_AMOUNT_MINOR = 1_000_000_000_000;
const MAX_PERCENT_UNITS = 60_000_000;

/** `"12.50"` of 1250 minor units (two decimals, the workspace currency's cents). */
export function formatMoney(amountMinor: number): string {
  const sign = amountMinor < 0 ? '-' : '';
  const abs = Math.abs(amountMinor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Minor units of what a person types for an amount: `"12"`, `"12.5"`, `"12,50"`, `"1 200.00"`,
 * with an optional `/h` suffix; null when it is not a non-negative amount with at most 2 decimals.
 */
export function parseMoneyInput(text: string): number | null {
  const cleaned = text.replace(/\/\s*(h|hr|hour|unit|u)\s*$/i, '').replace(/[\s\u00a0]/g, '');
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const minor = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  return minor <= MAX_AMOUNT_MINOR ? minor : null;
}

/** `"100%"` of max units in percent. */
export function formatUnits(percent: number): string {
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
}

/** Percent of `"50"` or `"50%"` (a bare number is percent); null when it is not a percentage. */
export function parseUnitsInput(text: string): number | null {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(text);
  if (!match) return null;
  const value = Number(match[1].replace(',', '.'));
  return value <= MAX_PERCENT_UNITS ? value : null;
}

/** The text a cell shows (and edits) for a field of a resource. */
export function fieldText(resource: Resource, field: ResourceTextField): string {
  switch (field) {
    case 'name':
    case 'initials':
    case 'group':
      return resource[field];
    case 'maxUnits':
      return resource.type === 'work' ? formatUnits(resource.maxUnits) : '';
    case 'standardRate':
    case 'overtimeRate':
      return formatMoney(resource[field].amountMinor);
    case 'costPerUse':
      return formatMoney(resource.costPerUse.amountMinor);
  }
}

/** The rate unit of a resource type: per working hour, or per unit of material. */
export function ratePer(type: ResourceType): 'h' | 'unit' {
  return type === 'material' ? 'unit' : 'h';
}

/**
 * Turns the text typed into a cell into a resource patch: `patch: null` when nothing changed,
 * an error naming the field when the text is not valid for it.
 */
export function editField(resource: Resource, field: ResourceTextField, text: string): FieldEdit {
  if (text.trim() === fieldText(resource, field).trim()) return { ok: true, patch: null };
  switch (field) {
    case 'name': {
      const name = text.trim();
      if (!name) return { ok: false, error: 'Name must not be empty' };
      if (name.length > 255) return { ok: false, error: 'Name must be at most 255 characters' };
      return { ok: true, patch: { name } };
    }
    case 'initials':
      if (text.trim().length > 30) return { ok: false, error: 'Initials must be at most 30 characters' };
      return { ok: true, patch: { initials: text.trim() } };
    case 'group':
      if (text.trim().length > 200) return { ok: false, error: 'Group must be at most 200 characters' };
      return { ok: true, patch: { group: text.trim() } };
    case 'maxUnits': {
      const units = parseUnitsInput(text);
      if (units === null) return { ok: false, error: 'Max units must be a percentage such as 100%' };
      return { ok: true, patch: { maxUnits: units } };
    }
    case 'standardRate':
    case 'overtimeRate': {
      const amountMinor = parseMoneyInput(text);
      const label = field === 'standardRate' ? 'Standard rate' : 'Overtime rate';
      if (amountMinor === null) return { ok: false, error: `${label} must be an amount such as 45.00` };
      return { ok: true, patch: { [field]: { amountMinor, per: ratePer(resource.type) } } };
    }
    case 'costPerUse': {
      const amountMinor = parseMoneyInput(text);
      if (amountMinor === null) return { ok: false, error: 'Cost per use must be an amount such as 120.00' };
      return { ok: true, patch: { costPerUse: { amountMinor } } };
    }
  }
}

/** Changing the type also moves the rates to the unit that type is paid in. */
export function typeChange(
  resource: Resource,
  type: ResourceType,
): Omit<UpdateResourceRequest, 'version'> | null {
  if (type === resource.type) return null;
  const per = ratePer(type);
  return {
    type,
    standardRate: { amountMinor: resource.standardRate.amountMinor, per },
    overtimeRate: { amountMinor: resource.overtimeRate.amountMinor, per },
  };
}
