import { PROBLEM_CONTENT_TYPE, type Problem } from '@tandem/api';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Sends `problem` as `application/problem+json`, with `instance` set to the request path. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: Problem,
  headers: Readonly<Record<string, string>> = {},
): FastifyReply {
  for (const [name, value] of Object.entries(headers)) reply.header(name, value);
  return reply
    .code(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ ...problem, instance: problem.instance ?? request.url.split('?')[0] }));
}
