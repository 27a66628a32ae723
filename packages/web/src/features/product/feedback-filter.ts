import type { FeedbackItem } from '@tandem/api';

export interface FeedbackFilter {
  /** Words to find in the text, customer, company, segment, source or tags (all must match). */
  readonly query: string;
  readonly importance: FeedbackItem['importance'] | null;
}

/** The items matching the filter, in their order; an empty filter keeps everything. */
export function filterFeedback(items: readonly FeedbackItem[], filter: FeedbackFilter): FeedbackItem[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    if (filter.importance !== null && item.importance !== filter.importance) return false;
    if (words.length === 0) return true;
    const haystack = [item.text, item.customer, item.company, item.segment, item.source, ...item.tags]
      .join(' ')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
