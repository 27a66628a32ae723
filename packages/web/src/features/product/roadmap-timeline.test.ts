import type { Feature } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { periodOf, timelineLayout } from './roadmap-timeline';

function feature(id: string, partial: Partial<Feature>): Feature {
  return {
    id,
    title: id,
    kind: 'feature',
    status: 'planned',
    lane: 'now',
    parentId: null,
    releaseId: null,
    productId: null,
    team: '',
    goalIds: [],
    forecast: null,
    ...partial,
  } as Feature;
}

const forecast = (cpmFinish: string, p80: string | null, late = false) => ({
  cpmFinish,
  p50: null,
  p80,
  late,
});

describe('periodOf', () => {
  it('names months and quarters', () => {
    expect(periodOf('2027-03-14T17:00:00', 'month')).toEqual({ key: '2027-03', label: 'Mar 2027' });
    expect(periodOf('2027-11-01T08:00:00', 'quarter')).toEqual({ key: '2027-Q4', label: 'Q4 2027' });
  });

  it('refuses a value that is not a date', () => {
    expect(() => periodOf('soon', 'month')).toThrow(/"soon" is not an ISO date/);
  });
});

describe('timelineLayout', () => {
  const catalog = {
    releases: [{ id: 'r1', name: 'Spring' }],
    goals: [
      { id: 'g1', title: 'Grow activation' },
      { id: 'g2', title: 'Cut churn' },
    ],
    products: [{ id: 'p1', name: 'Tandem Cloud' }],
  };
  const empty = { releases: [], goals: [], products: [] };

  it('places a feature at its P80 when known, else at its CPM finish, with the late flag', () => {
    const layout = timelineLayout(
      [
        feature('a', {
          releaseId: 'r1',
          forecast: forecast('2027-01-10T17:00:00', '2027-03-02T17:00:00', true),
        }),
        feature('b', { forecast: forecast('2027-02-10T17:00:00', null) }),
      ],
      catalog,
      'month',
      'release',
    );
    expect(layout.periods.map((p) => p.key)).toEqual(['2027-02', '2027-03']);
    expect(layout.swimlanes.map((lane) => lane.title)).toEqual(['Spring', 'No release']);
    const [spring, none] = layout.swimlanes;
    expect(spring.items[0]).toMatchObject({ period: '2027-03', basis: 'P80', late: true });
    expect(none.items[0]).toMatchObject({ period: '2027-02', basis: 'CPM', late: false });
  });

  it('fills the periods between the first and last, across a year end', () => {
    const layout = timelineLayout(
      [
        feature('a', { forecast: forecast('2026-11-10T17:00:00', null) }),
        feature('b', { forecast: forecast('2027-04-10T17:00:00', null) }),
      ],
      empty,
      'quarter',
      'initiative',
    );
    expect(layout.periods.map((p) => p.key)).toEqual(['2026-Q4', '2027-Q1', '2027-Q2']);
  });

  it('groups by parent initiative and lists roadmap items with no forecast apart', () => {
    const layout = timelineLayout(
      [
        feature('i', { kind: 'initiative', title: 'Growth' }),
        feature('a', { parentId: 'i', forecast: forecast('2027-01-10T17:00:00', null) }),
        feature('b', { lane: 'later' }),
        feature('c', { lane: null }),
      ],
      empty,
      'month',
      'initiative',
    );
    expect(layout.swimlanes.map((lane) => lane.title)).toEqual(['Growth']);
    expect(layout.unscheduled.map((f) => f.id)).toEqual(['b']);
  });

  it('puts a feature under each goal it serves, and the rest in "No goal"', () => {
    const layout = timelineLayout(
      [
        feature('both', { goalIds: ['g1', 'g2'], forecast: forecast('2027-01-10T17:00:00', null) }),
        feature('one', { goalIds: ['g1'], forecast: forecast('2027-02-10T17:00:00', null) }),
        feature('none', { forecast: forecast('2027-02-11T17:00:00', null) }),
        // a goal since deleted counts as none
        feature('gone', { goalIds: ['g9'], forecast: forecast('2027-02-12T17:00:00', null) }),
      ],
      catalog,
      'month',
      'goal',
    );
    expect(layout.swimlanes.map((lane) => [lane.title, lane.items.map((i) => i.feature.id)])).toEqual([
      ['Cut churn', ['both']],
      ['Grow activation', ['both', 'one']],
      ['No goal', ['none', 'gone']],
    ]);
  });

  it('groups by product, with unknown products in "No product"', () => {
    const layout = timelineLayout(
      [
        feature('a', { productId: 'p1', forecast: forecast('2027-01-10T17:00:00', null) }),
        feature('b', { productId: null, forecast: forecast('2027-01-11T17:00:00', null) }),
      ],
      catalog,
      'month',
      'product',
    );
    expect(layout.swimlanes.map((lane) => [lane.title, lane.items.map((i) => i.feature.id)])).toEqual([
      ['Tandem Cloud', ['a']],
      ['No product', ['b']],
    ]);
  });

  it('groups by team ignoring case and spaces, titled as first written', () => {
    const layout = timelineLayout(
      [
        feature('a', { team: 'Platform', forecast: forecast('2027-01-10T17:00:00', null) }),
        feature('b', { team: ' platform ', forecast: forecast('2027-01-11T17:00:00', null) }),
        feature('c', { team: 'Apps', forecast: forecast('2027-01-12T17:00:00', null) }),
        feature('d', { forecast: forecast('2027-01-13T17:00:00', null) }),
      ],
      empty,
      'month',
      'team',
    );
    expect(layout.swimlanes.map((lane) => [lane.title, lane.items.map((i) => i.feature.id)])).toEqual([
      ['Apps', ['c']],
      ['Platform', ['a', 'b']],
      ['No team', ['d']],
    ]);
  });
});
