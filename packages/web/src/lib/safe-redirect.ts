/**
 * Where to go after signing in: only a path of this app (`/w/…`), never another origin
 * (`//evil.example`, `https://…`), so the sign-in link cannot be used as an open redirect.
 */
export function safeRedirectTarget(target: string | undefined): string {
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/';
  if (target.startsWith('/sign-in') || target.startsWith('/sign-up')) return '/';
  return target;
}

/** Search params of the sign-in and sign-up pages. */
export interface AuthSearch {
  readonly redirect?: string;
}

export function validateAuthSearch(search: Record<string, unknown>): AuthSearch {
  return typeof search.redirect === 'string' && search.redirect ? { redirect: search.redirect } : {};
}
