import { createClient } from '@tandem/api';

/**
 * The one API client of the app. Same origin: in production the server serves this bundle, in
 * development Vite proxies `/api` to it (vite.config.ts). The client remembers the session's CSRF
 * token from sign-in and getSession and sends it on every write.
 *
 * Answers are checked against the zod contracts in development and tests, where contract drift
 * should fail loudly. The production bundle trusts the server it is served by, which checks its
 * answers against the same contracts before sending them: checking a 10,000-task list again here
 * cost about 0.7 s of the Gantt's first render. The contracts have no transforms or defaults, so
 * an unchecked answer has the same shape.
 */
export const api = createClient({ baseUrl: '', validateResponses: !import.meta.env.PROD });
