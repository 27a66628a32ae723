/**
 * The fields of `after` that differ from `before` (lists compared item by item). An edit sends only
 * these with the version it started from, so after a conflict a retry applies this user's changes
 * on top of someone else's without undoing the fields they changed.
 */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (!sameValue(before[key], after[key])) changed[key] = after[key];
  }
  return changed;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  return Object.is(a, b);
}

/** The labels of the fields that differ, for "Someone else changed role and power". */
export function changedLabels<T extends object>(
  before: T,
  after: T,
  labels: Readonly<Partial<Record<keyof T, string>>>,
): string[] {
  return (Object.keys(changedFields(before, after)) as (keyof T)[]).flatMap((key) => {
    const label = labels[key];
    return label ? [label] : [];
  });
}

/** "a", "a and b", "a, b and c". */
export function listInWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
