import { readFileSync } from 'node:fs';

/** The server's package version (all Tandem packages share one version). */
export const TANDEM_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
