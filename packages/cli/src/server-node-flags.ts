/** V8's own default size of one young-generation semi-space, MiB (64-bit). */
const V8_DEFAULT_SEMI_SPACE_MB = 16;

/** The semi-space size `tandem serve` gives the server, MiB. */
export const SERVER_SEMI_SPACE_MB = 64;

/**
 * Node flags for the server process: semi-spaces of TANDEM_SEMI_SPACE_MB MiB (default 64, 0:
 * V8's own 16). A larger young generation is collected a quarter as often; under
 * `tandem bench api` that halved the time young collections took from the serving thread, and in
 * windows with full collections the event loop fell behind less (the young collections that
 * interrupt a full collection's marking cost more). Costs up to 2 × that size of memory.
 * @throws when TANDEM_SEMI_SPACE_MB is not a whole number from 0 to 1024
 */
export function serverNodeFlags(env: NodeJS.ProcessEnv = process.env): string[] {
  const given = env.TANDEM_SEMI_SPACE_MB?.trim();
  const size = given === undefined || given === '' ? SERVER_SEMI_SPACE_MB : Number(given);
  if (!Number.isInteger(size) || size < 0 || size > 1024) {
    throw new Error(`TANDEM_SEMI_SPACE_MB must be a whole number of MiB from 0 to 1024, not "${given}"`);
  }
  return size === 0 || size === V8_DEFAULT_SEMI_SPACE_MB ? [] : [`--max-semi-space-size=${size}`];
}
