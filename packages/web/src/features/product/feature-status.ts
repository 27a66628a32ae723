import type { FeatureStatus } from '@tandem/api';

export const FEATURE_STATUSES: readonly {
  readonly value: FeatureStatus;
  readonly label: string;
  readonly color: string;
}[] = [
  { value: 'new', label: 'New', color: 'gray' },
  { value: 'under-consideration', label: 'Under consideration', color: 'yellow' },
  { value: 'planned', label: 'Planned', color: 'blue' },
  { value: 'in-progress', label: 'In progress', color: 'indigo' },
  { value: 'released', label: 'Released', color: 'green' },
  { value: 'parked', label: 'Parked', color: 'orange' },
  { value: 'rejected', label: 'Rejected', color: 'red' },
];

export function statusLabel(status: FeatureStatus): string {
  return FEATURE_STATUSES.find((entry) => entry.value === status)?.label ?? status;
}

export function statusColor(status: FeatureStatus): string {
  return FEATURE_STATUSES.find((entry) => entry.value === status)?.color ?? 'gray';
}
