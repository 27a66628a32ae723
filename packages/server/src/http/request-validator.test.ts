import { idSchema } from '@tandem/api';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { requestValidatorCompiler, uuidParamsCheck } from './request-validator';

const params = z.strictObject({ projectId: idSchema, taskId: idSchema });
const ID = '0193a5b2-7c1d-7e3f-8a4b-1c2d3e4f5a6b';

describe('uuidParamsCheck', () => {
  it('checks strict objects of plain UUIDs only', () => {
    expect(uuidParamsCheck(params)).toBeTypeOf('function');
    expect(uuidParamsCheck(z.object({ taskId: idSchema }))).toBeUndefined();
    expect(uuidParamsCheck(z.strictObject({ taskId: idSchema, page: z.string() }))).toBeUndefined();
    expect(uuidParamsCheck(z.strictObject({ taskId: idSchema.refine((id) => id !== ID) }))).toBeUndefined();
    expect(
      uuidParamsCheck(z.strictObject({ taskId: idSchema.transform((id) => id.toUpperCase()) })),
    ).toBeUndefined();
    expect(uuidParamsCheck(z.strictObject({ taskId: z.uuid().min(40) }))).toBeUndefined();
    expect(uuidParamsCheck(idSchema)).toBeUndefined();
  });

  it('accepts what zod accepts and nothing else', () => {
    const direct = uuidParamsCheck(params);
    if (!direct) throw new Error('no direct check');
    const id = fc.oneof(
      fc.uuid(),
      fc.uuid().map((u) => u.toUpperCase()),
      fc.string(),
      fc.constant(ID.slice(1)),
    );
    fc.assert(
      fc.property(
        fc.record({ projectId: id, taskId: id }, { requiredKeys: [] }),
        fc.option(fc.record({ extra: id }), { nil: undefined }),
        (ids, extra) => {
          const data = { ...ids, ...extra };
          expect(direct(data)).toBe(params.safeParse(data).success);
        },
      ),
    );
    expect(direct({ projectId: ID, taskId: ID })).toBe(true);
    expect(direct({ projectId: ID, taskId: 42 })).toBe(false);
    expect(direct(null)).toBe(false);
    expect(uuidParamsCheck(z.strictObject({}))?.([])).toBe(false);
    expect(z.strictObject({}).safeParse([]).success).toBe(false);
  });
});

describe('requestValidatorCompiler', () => {
  const compile = (httpPart: string) =>
    requestValidatorCompiler({ schema: params, method: 'GET', url: '/x/:projectId/:taskId', httpPart });

  it('passes good params through and leaves bad ones to zod, which names the field', () => {
    const validate = compile('params');
    const params = Object.assign(Object.create(null), { projectId: ID, taskId: ID });
    const good = validate(params) as { value: object };
    expect(good).toEqual({ value: { projectId: ID, taskId: ID } });
    // a plain object, as zod's parse gives, not the router's prototype-less one
    expect(Object.getPrototypeOf(good.value)).toBe(Object.prototype);
    const bad = validate({ projectId: ID, taskId: 'nope' }) as { error?: unknown };
    expect(bad.error).toBeDefined();
    expect(JSON.stringify(bad.error)).toContain('must be a UUID');
    expect(JSON.stringify(bad.error)).toContain('taskId');
  });

  it('leaves bodies and query strings to zod', () => {
    const validate = compile('body');
    expect(validate({ projectId: ID, taskId: ID })).toEqual({ value: { projectId: ID, taskId: ID } });
    expect((validate({ projectId: ID }) as { error?: unknown }).error).toBeDefined();
  });
});
