import { type ProblemFieldError, problemTypes } from '@tandem/api';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ProblemError } from './problem-error';
import { sendProblem } from './problem-reply';

const CONTEXT_NAMES: Readonly<Record<string, string>> = {
  body: 'request body',
  params: 'path parameters',
  querystring: 'query string',
  headers: 'headers',
};

/**
 * The one error handler: every failure leaves as `application/problem+json`. Client mistakes
 * (validation, malformed JSON, size, media type) are 4xx naming the field; anything unexpected is
 * a 500 whose details stay in the log.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => handleError(error, request, reply));
}

function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof ProblemError) {
    return sendProblem(
      request,
      reply,
      {
        type: error.type,
        title: error.title,
        status: error.status,
        detail: error.detail,
        ...(error.errors ? { errors: [...error.errors] } : {}),
        ...error.extensions,
      },
      error.headers,
    );
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = error.validationContext ?? 'body';
    const errors: ProblemFieldError[] = error.validation.flatMap((issue) => {
      // a dotted path into the request, as the api contract documents: `body.name`, `params.taskId`
      const root = context === 'querystring' ? 'query' : context;
      const path = [root, ...issue.instancePath.split('/').filter((part) => part !== '')].join('.');
      const keys =
        issue.keyword === 'unrecognized_keys' ? (issue.params as { keys?: unknown }).keys : undefined;
      if (Array.isArray(keys) && keys.length > 0) {
        return keys.map((key) => ({
          field: `${path}.${String(key)}`,
          message: 'unknown field',
        }));
      }
      return [{ field: path, message: issue.message ?? 'is invalid' }];
    });
    const where = CONTEXT_NAMES[context] ?? context;
    return sendProblem(request, reply, {
      type: problemTypes.validation,
      title: 'Invalid request',
      status: 400,
      detail: `invalid ${where}: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
      errors,
    });
  }
  if (error.code === 'FST_ERR_RESPONSE_SERIALIZATION' && isResponseSerializationError(error)) {
    request.log.error({ err: error, cause: error.cause }, 'response does not match its schema');
    return internal(request, reply);
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return bodyProblem(
        request,
        reply,
        400,
        problemTypes.malformedJson,
        'Malformed JSON',
        jsonDetail(error),
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return bodyProblem(
        request,
        reply,
        413,
        problemTypes.payloadTooLarge,
        'Request body too large',
        `the request body is larger than ${request.routeOptions.bodyLimit ?? 'the limit of'} bytes`,
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return bodyProblem(
        request,
        reply,
        415,
        problemTypes.validation,
        'Unsupported media type',
        `the request body must be application/json, got ${request.headers['content-type'] ?? 'none'}`,
      );
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return bodyProblem(
        request,
        reply,
        400,
        problemTypes.validation,
        'Invalid Content-Length',
        error.message,
      );
  }
  if (error instanceof SyntaxError && error.statusCode === 400) {
    return bodyProblem(request, reply, 400, problemTypes.malformedJson, 'Malformed JSON', jsonDetail(error));
  }
  const status = error.statusCode ?? 500;
  if (status === 429) {
    return sendProblem(request, reply, {
      type: problemTypes.tooManyRequests,
      title: 'Too many requests',
      status,
      detail: error.message,
    });
  }
  if (status >= 400 && status < 500) {
    return sendProblem(request, reply, {
      type: 'about:blank',
      title: 'Bad request',
      status,
      detail: error.message,
    });
  }
  request.log.error({ err: error }, 'unexpected error');
  return internal(request, reply);
}

function internal(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(request, reply, {
    type: problemTypes.internal,
    title: 'Internal server error',
    status: 500,
    detail: `an unexpected error occurred (request ${request.id}); it has been logged`,
  });
}

function bodyProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  type: string,
  title: string,
  detail: string,
): FastifyReply {
  return sendProblem(request, reply, {
    type,
    title,
    status,
    detail,
    errors: [{ field: 'body', message: detail }],
  });
}

function jsonDetail(error: Error): string {
  if (error instanceof SyntaxError) return `the request body is not valid JSON: ${error.message}`;
  if ((error as FastifyError).code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return 'the request body is empty but the content-type is application/json';
  }
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `the request body is not valid JSON${cause}`;
}
