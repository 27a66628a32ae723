import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { installErrorHandler } from './error-handler';
import { problems } from './problem-error';

async function appWith(routes: (app: ReturnType<typeof Fastify>) => void) {
  const app = Fastify({ logger: false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  routes(app);
  await app.ready();
  return app;
}

describe('the error handler', () => {
  it('hides the internals of an unexpected error behind a 500 problem', async () => {
    const app = await appWith((a) =>
      a.get('/boom', async () => {
        throw new Error('connection string postgres://admin:secret@db leaked');
      }),
    );
    const response = await app.inject('/boom');
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).not.toContain('secret');
    expect(response.json()).toMatchObject({ status: 500, title: 'Internal server error', instance: '/boom' });
  });

  it('passes a ProblemError through with its headers and extension members', async () => {
    const app = await appWith((a) =>
      a.get('/slow-down', async () => {
        throw problems.tooManySignIns(42);
      }),
    );
    const response = await app.inject('/slow-down');
    expect(response.statusCode).toBe(429);
    expect(response.headers['retry-after']).toBe('42');
    expect(response.json().detail).toContain('42 seconds');
  });

  it('names nested fields of the body by their dotted path', async () => {
    const app = await appWith((a) =>
      a.post(
        '/nested',
        { schema: { body: z.strictObject({ calendar: z.strictObject({ minutesPerDay: z.number() }) }) } },
        async () => 'ok',
      ),
    );
    const response = await app.inject({
      method: 'POST',
      url: '/nested',
      payload: { calendar: { minutesPerDay: 'x' } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: 'body.calendar.minutesPerDay', message: expect.any(String) },
    ]);
    expect(response.json().detail).toContain('body.calendar.minutesPerDay');
  });

  it('turns a response that breaks its schema into a 500, not a half-valid answer', async () => {
    const app = await appWith((a) =>
      a.get('/drift', { schema: { response: { 200: z.object({ n: z.number() }) } } }, async () => ({
        n: 'one',
      })),
    );
    const response = await app.inject('/drift');
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
