import { PROBLEM_CONTENT_TYPE, type Problem, problemSchema } from '@tandem/api';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

/**
 * Asserts an RFC 9457 answer: the status, the `application/problem+json` content type, a body that
 * parses as a problem with the same status, and (when given) that `errors[].field` names `field`.
 */
export function expectProblem(response: LightMyRequestResponse, status: number, field?: string): Problem {
  expect(response.statusCode, `status of ${response.body.slice(0, 300)}`).toBe(status);
  expect(String(response.headers['content-type'])).toMatch(
    new RegExp(`^${PROBLEM_CONTENT_TYPE.replace('+', '\\+')}`),
  );
  const problem = problemSchema.parse(response.json());
  expect(problem.status).toBe(status);
  expect(problem.title).not.toBe('');
  if (field !== undefined) {
    expect(problem.errors?.map((error) => error.field) ?? [], `errors of ${response.body}`).toContain(field);
    for (const error of problem.errors ?? []) expect(error.message).not.toBe('');
  }
  return problem;
}
