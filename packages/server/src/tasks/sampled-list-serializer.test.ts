import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sampledListSerializer } from './sampled-list-serializer';

const schema = z.object({ total: z.number(), items: z.array(z.object({ id: z.string() }).strict()) });
const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `t${i}` }));

describe('sampledListSerializer', () => {
  it('sends the answer as JSON, checking a short list whole', () => {
    const serialize = sampledListSerializer(schema, 'items', 3);
    expect(JSON.parse(serialize({ total: 2, items: items(2) }))).toEqual({ total: 2, items: items(2) });
    expect(() => serialize({ total: 2, items: [{ id: 't0' }, { id: 1 }] })).toThrow();
  });

  it('checks the envelope and the first items of a long list, and sends every item', () => {
    const serialize = sampledListSerializer(schema, 'items', 3);
    const long = items(10);
    expect(JSON.parse(serialize({ total: 10, items: long })).items).toHaveLength(10);
    expect(() => serialize({ total: '10', items: long })).toThrow();
    expect(() => serialize({ total: 10, items: [{ id: 0 }, ...long] })).toThrow();
  });

  it('checks nothing when told to check no items', () => {
    const serialize = sampledListSerializer(schema, 'items', 0);
    expect(JSON.parse(serialize({ total: '2', items: [{ id: 0 }] }))).toEqual({
      total: '2',
      items: [{ id: 0 }],
    });
  });

  it('sends the list as the texts itemJson gives, with the rest of the answer', () => {
    const serialize = sampledListSerializer(schema, 'items', 3, (item: { id: string }) =>
      JSON.stringify({ id: item.id.toUpperCase() }),
    );
    expect(JSON.parse(serialize({ total: 10, items: items(10) }))).toEqual({
      total: 10,
      items: items(10).map((item) => ({ id: item.id.toUpperCase() })),
    });
    const unchecked = sampledListSerializer(schema, 'items', 0, () => '{"id":"x"}');
    expect(JSON.parse(unchecked({ items: items(2) }))).toEqual({ items: [{ id: 'x' }, { id: 'x' }] });
  });

  it('samples the list under the key it is given', () => {
    const writeSchema = z.object({
      task: z.object({ id: z.string() }),
      rescheduled: z.array(z.object({ id: z.string() })),
    });
    const serialize = sampledListSerializer(writeSchema, 'rescheduled', 2);
    const body = { task: { id: 'a' }, rescheduled: items(5) };
    expect(JSON.parse(serialize(body))).toEqual(body);
    expect(() => serialize({ task: {}, rescheduled: items(5) })).toThrow();
  });
});
