import type { ConstraintType, DurationUnit, LinkType, ResourceType, TaskType } from '@tandem/engine';

/**
 * Microsoft Project's numeric codes, as tables read both ways. Source: the MSPDI schema documentation
 * (mspdi_pj12.xsd, "DurationFormat Element", "Exception Element").
 */

/** DurationFormat / LagFormat codes 3–20; estimated variants are these plus 32 (35–52); 21 and 53 mean "none". */
export const DURATION_FORMAT_UNITS: Readonly<Record<number, DurationUnit>> = {
  3: 'm',
  4: 'em',
  5: 'h',
  6: 'eh',
  7: 'd',
  8: 'ed',
  9: 'w',
  10: 'ew',
  11: 'mo',
  12: 'emo',
  19: '%',
  20: 'e%',
};

export const ESTIMATED_FORMAT_OFFSET = 32;
/** "Null" duration formats: the project default applies. */
export const NULL_DURATION_FORMATS: ReadonlySet<number> = new Set([21, 53]);

export const DURATION_UNIT_FORMATS: Readonly<Record<DurationUnit, number>> = invert(DURATION_FORMAT_UNITS);

/** PredecessorLink/Type. */
export const LINK_TYPES: readonly LinkType[] = ['FF', 'FS', 'SF', 'SS'];

/** Task/ConstraintType 0–7. */
export const CONSTRAINT_TYPES: readonly ConstraintType[] = [
  'ASAP',
  'ALAP',
  'MSO',
  'MFO',
  'SNET',
  'SNLT',
  'FNET',
  'FNLT',
];

/** Task/Type 0–2. */
export const TASK_TYPES: readonly TaskType[] = ['fixedUnits', 'fixedDuration', 'fixedWork'];

/** Resource/Type 0–2 (cost resources since Project 2007). */
export const RESOURCE_TYPES: readonly ResourceType[] = ['material', 'work', 'cost'];

/** Calendar Exception/Type. */
export const EXCEPTION_TYPE = {
  daily: 1,
  yearlyByDay: 2,
  yearlyByPosition: 3,
  monthlyByDay: 4,
  monthlyByPosition: 5,
  weekly: 6,
  byDayCount: 7,
  byWeekdayCount: 8,
  none: 9,
} as const;

/** Exception/MonthItem 3–9 are Sunday–Saturday; 0–2 are "day", "weekday", "weekend day". */
export const MONTH_ITEM_SUNDAY = 3;
/** Exception/MonthPosition 0–3 = first–fourth, 4 = last; Tandem's weekOfMonth is 1–4, 5 = last. */
export const MONTH_POSITION_LAST = 4;

/** A "not available" date Microsoft Project writes for open-ended rate and availability periods. */
export const MSP_MIN_DATE = '1984-01-01T00:00:00';
export const MSP_MAX_DATE = '2049-12-31T23:59:00';

/** ResourceUID Microsoft Project uses for an assignment with no resource. */
export const UNASSIGNED_RESOURCE_UID = '-65535';

/**
 * Field ids of the task custom fields Tandem writes (FieldID in ExtendedAttribute). Text1–Text10 hold
 * custom values under an Alias when the key is not a Microsoft Project field name.
 */
export const TASK_CUSTOM_FIELD_IDS: Readonly<Record<string, number>> = {
  Text1: 188743731,
  Text2: 188743734,
  Text3: 188743737,
  Text4: 188743740,
  Text5: 188743743,
  Text6: 188743746,
  Text7: 188743747,
  Text8: 188743748,
  Text9: 188743749,
  Text10: 188743750,
  Flag1: 188743752,
  Flag2: 188743753,
  Flag3: 188743754,
  Flag4: 188743755,
  Flag5: 188743756,
  Flag6: 188743757,
  Flag7: 188743758,
  Flag8: 188743759,
  Flag9: 188743760,
  Flag10: 188743761,
  Number1: 188743767,
  Number2: 188743768,
  Number3: 188743769,
  Number4: 188743770,
  Number5: 188743771,
};

/** Task custom field ids all start with this prefix (0x0B40_0000 range); resource fields do not. */
export function isTaskFieldId(fieldId: number): boolean {
  return fieldId >= 188743680 && fieldId < 188743680 + 65536;
}

function invert<K extends string>(table: Readonly<Record<number, K>>): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const [code, unit] of Object.entries(table)) out[unit] = Number(code);
  return out;
}
