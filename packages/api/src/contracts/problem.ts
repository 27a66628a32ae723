import { z } from 'zod';

/**
 * One offending input field: `field` is a dotted path into the request, led by the part it is in
 * (`body.name`, `body.calendar.workingTimes.0.from`, `params.taskId`, `query.limit`); `body` when
 * the body as a whole is wrong (malformed JSON, too large).
 */
export const problemFieldErrorSchema = z.object({
  field: z.string(),
  message: z.string(),
});
export type ProblemFieldError = z.infer<typeof problemFieldErrorSchema>;

/**
 * RFC 9457 problem details (`application/problem+json`). Extension members are allowed (for
 * example `current` on a 409 conflict carries the object as it is now).
 */
export const problemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(problemFieldErrorSchema).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem `type` URIs used by Tandem (relative references, resolved against the server). */
export const problemTypes = {
  validation: '/problems/validation',
  malformedJson: '/problems/malformed-json',
  payloadTooLarge: '/problems/payload-too-large',
  unauthenticated: '/problems/unauthenticated',
  forbidden: '/problems/forbidden',
  csrf: '/problems/csrf',
  notFound: '/problems/not-found',
  conflict: '/problems/conflict',
  versionConflict: '/problems/version-conflict',
  tooManyRequests: '/problems/too-many-requests',
  invalidCredentials: '/problems/invalid-credentials',
  scheduling: '/problems/scheduling',
  internal: '/problems/internal',
} as const;
export type ProblemType = (typeof problemTypes)[keyof typeof problemTypes];
