/** The current instant as stored in `*_at` columns: ISO 8601 UTC with milliseconds and `Z`. */
export function nowUtc(): string {
  return new Date().toISOString();
}

/** `at` moved by `ms` milliseconds, in the `*_at` column format. */
export function addMs(at: string, ms: number): string {
  return new Date(Date.parse(at) + ms).toISOString();
}
