import type { FeedbackItem } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { filterFeedback } from './feedback-filter';

function item(id: string, partial: Partial<FeedbackItem>): FeedbackItem {
  return {
    id,
    text: '',
    customer: '',
    company: '',
    segment: '',
    source: '',
    tags: [],
    importance: 'medium',
    ...partial,
  } as FeedbackItem;
}

const items = [
  item('a', { text: 'Offline sync please', company: 'Acme', importance: 'high' }),
  item('b', { text: 'Dark theme', tags: ['ui'], importance: 'low' }),
];

describe('filterFeedback', () => {
  it('keeps everything for an empty filter', () => {
    expect(filterFeedback(items, { query: ' ', importance: null })).toHaveLength(2);
  });

  it('matches every word across text, company and tags, ignoring case', () => {
    expect(filterFeedback(items, { query: 'acme OFFLINE', importance: null }).map((i) => i.id)).toEqual([
      'a',
    ]);
    expect(filterFeedback(items, { query: 'ui', importance: null }).map((i) => i.id)).toEqual(['b']);
  });

  it('filters by importance', () => {
    expect(filterFeedback(items, { query: '', importance: 'low' }).map((i) => i.id)).toEqual(['b']);
  });
});
