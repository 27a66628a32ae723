import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';

/** Sends an answer as JSON unchecked: what the presenters built is what goes on the wire. */
const sendAsBuilt: FastifySerializerCompiler<z.ZodType> = () => (data) => JSON.stringify(data);

/**
 * The app's response serializer: with `check`, every answer is parsed against its route's zod
 * schema first (a 500 when it breaks the contract, and keys the contract lacks are dropped), as
 * tests run it; without, answers are sent as the presenters built them. Parsing costs about 20 µs
 * per task and as much as the rest of a request on the hot routes, so a production server skips
 * it (`TANDEM_CHECK_RESPONSES`).
 */
export function responseSerializerCompiler(check: boolean): FastifySerializerCompiler<z.ZodType> {
  return check ? (serializerCompiler as FastifySerializerCompiler<z.ZodType>) : sendAsBuilt;
}
