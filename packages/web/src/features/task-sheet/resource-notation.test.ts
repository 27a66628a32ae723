import { describe, expect, it } from 'vitest';
import { diffResources, formatResources, parseResources } from './resource-notation';

const resources = [
  { id: 'r1', name: 'Ada Lovelace' },
  { id: 'r2', name: 'Bob' },
  { id: 'r3', name: 'Crane' },
];

describe('parseResources', () => {
  it('reads names with optional units, ignoring case', () => {
    expect(parseResources('ada lovelace[50%], Bob; CRANE [ 200 ]', resources)).toEqual({
      ok: true,
      entries: [
        { resourceId: 'r1', units: 50 },
        { resourceId: 'r2', units: 100 },
        { resourceId: 'r3', units: 200 },
      ],
    });
    expect(parseResources('  ', resources)).toEqual({ ok: true, entries: [] });
  });
  it('names an unknown resource, a repeated one and zero units', () => {
    expect(parseResources('Bob, Dora', resources)).toMatchObject({
      ok: false,
      error: expect.stringContaining('No resource is named “Dora”'),
    });
    expect(parseResources('Bob, bob[50%]', resources)).toEqual({ ok: false, error: 'Bob is listed twice' });
    expect(parseResources('Bob[0%]', resources)).toMatchObject({
      ok: false,
      error: expect.stringContaining('more than 0%'),
    });
    expect(parseResources('[50%]', resources)).toMatchObject({
      ok: false,
      error: expect.stringContaining('is not a resource'),
    });
  });
});

describe('formatResources', () => {
  it('writes names with units other than 100%', () => {
    const nameOf = new Map(resources.map((r) => [r.id, r.name]));
    expect(
      formatResources(
        [
          { id: 'a1', resourceId: 'r1', units: 50 },
          { id: 'a2', resourceId: 'r2', units: 100 },
          { id: 'a3', resourceId: 'gone', units: 100 },
        ],
        nameOf,
      ),
    ).toBe('Ada Lovelace[50%], Bob');
  });
});

describe('diffResources', () => {
  it('creates, updates and removes assignments', () => {
    const current = [
      { id: 'a1', resourceId: 'r1', units: 100 },
      { id: 'a2', resourceId: 'r2', units: 100 },
    ];
    const changes = diffResources(current, [
      { resourceId: 'r1', units: 50 },
      { resourceId: 'r3', units: 100 },
    ]);
    expect(changes.create).toEqual([{ resourceId: 'r3', units: 100 }]);
    expect(changes.update).toEqual([{ assignment: current[0], units: 50 }]);
    expect(changes.remove).toEqual([current[1]]);
  });
});
