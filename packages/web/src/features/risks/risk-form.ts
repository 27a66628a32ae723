import type { CreateRiskRequest, Risk, RiskKind, RiskStatus, RiskStrategy } from '@tandem/api';
import { formatMoneyInput, parseMoneyInput } from '../controls/money';

/** The risk form's fields as typed: ratings as '1'–'5', impacts in working days and currency. */
export interface RiskFormValues {
  title: string;
  kind: RiskKind;
  category: string;
  ownerId: string | null;
  probability: string;
  scheduleImpact: string;
  costImpact: string;
  probabilityPercent: string;
  scheduleImpactDays: string;
  costImpactAmount: string;
  strategy: RiskStrategy;
  status: RiskStatus;
  trigger: string;
  cause: string;
  effect: string;
  taskIds: string[];
}

export const EMPTY_RISK_FORM: RiskFormValues = {
  title: '',
  kind: 'threat',
  category: '',
  ownerId: null,
  probability: '3',
  scheduleImpact: '3',
  costImpact: '1',
  probabilityPercent: '',
  scheduleImpactDays: '0',
  costImpactAmount: '0',
  strategy: 'mitigate',
  status: 'open',
  trigger: '',
  cause: '',
  effect: '',
  taskIds: [],
};

/** The form showing an existing risk. */
export function riskToForm(risk: Risk, minutesPerDay: number, currency: string): RiskFormValues {
  return {
    title: risk.title,
    kind: risk.kind,
    category: risk.category,
    ownerId: risk.ownerId,
    probability: String(risk.probability),
    scheduleImpact: String(risk.scheduleImpact),
    costImpact: String(risk.costImpact),
    probabilityPercent: String(risk.probabilityPercent),
    scheduleImpactDays: String(risk.scheduleImpactMinutes / minutesPerDay),
    costImpactAmount: formatMoneyInput(risk.costImpactMinor, currency),
    strategy: risk.strategy,
    status: risk.status,
    trigger: risk.trigger,
    cause: risk.cause,
    effect: risk.effect,
    taskIds: [...risk.taskIds],
  };
}

// The server names request fields; the form shows some of them in other units.
const FORM_FIELD: Record<string, keyof RiskFormValues> = {
  scheduleImpactMinutes: 'scheduleImpactDays',
  costImpactMinor: 'costImpactAmount',
};

/** The form field that shows the server's `field` (`scheduleImpactMinutes` → `scheduleImpactDays`). */
export function formFieldOf(field: string): string {
  return FORM_FIELD[field] ?? field;
}

/**
 * The request for the form's values, or the errors of the fields that cannot be read, keyed by
 * form field. Days become working minutes at `minutesPerDay`; money becomes minor units.
 */
export function riskRequestFrom(
  values: RiskFormValues,
  minutesPerDay: number,
  currency: string,
): { request: CreateRiskRequest } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const days = Number(values.scheduleImpactDays.trim().replace(',', '.') || '0');
  if (!Number.isFinite(days) || days < 0) errors.scheduleImpactDays = 'Enter working days, 0 or more';
  const cost = parseMoneyInput(values.costImpactAmount || '0', currency);
  if (cost === null) errors.costImpactAmount = `Enter an amount in ${currency}, like 1500 or 1500.50`;
  const percentText = values.probabilityPercent.trim();
  const percent = percentText === '' ? undefined : Number(percentText.replace(',', '.'));
  if (percent !== undefined && !(Number.isFinite(percent) && percent >= 0 && percent <= 100))
    errors.probabilityPercent = 'Enter a percentage from 0 to 100, or leave it empty';
  if (!values.title.trim()) errors.title = 'Give the risk a title';
  if (Object.keys(errors).length > 0 || cost === null) return { errors };
  return {
    request: {
      title: values.title.trim(),
      kind: values.kind,
      category: values.category.trim(),
      ownerId: values.ownerId,
      probability: Number(values.probability),
      scheduleImpact: Number(values.scheduleImpact),
      costImpact: Number(values.costImpact),
      ...(percent === undefined ? {} : { probabilityPercent: percent }),
      scheduleImpactMinutes: Math.round(days * minutesPerDay),
      costImpactMinor: cost,
      strategy: values.strategy,
      status: values.status,
      trigger: values.trigger,
      cause: values.cause,
      effect: values.effect,
      taskIds: values.taskIds,
    },
  };
}
