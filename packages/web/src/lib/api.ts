import { createClient } from '@tandem/api';

/**
 * The one API client of the app. Same origin: in production the server serves this bundle, in
 * development Vite proxies `/api` to it (vite.config.ts). The client remembers the session's CSRF
 * token from sign-in and getSession and sends it on every write.
 */
export const api = createClient({ baseUrl: '' });
