import type { NotificationList } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { markedRead } from './notifications.queries';

const AT = '2026-11-26T12:00:00.000Z';
function list(): NotificationList {
  const base = {
    workspaceId: 'w',
    kind: 'feature-late',
    subjectId: 's',
    message: 'm',
    createdAt: AT,
  } as const;
  return {
    items: [
      { ...base, id: 'a', readAt: null },
      { ...base, id: 'b', readAt: null },
      { ...base, id: 'c', readAt: '2026-11-25T12:00:00.000Z' },
    ],
    unreadCount: 2,
  };
}

describe('markedRead', () => {
  it('reads one and lowers the count by one', () => {
    const next = markedRead(list(), ['a'], AT);
    expect(next.items.map((n) => n.readAt)).toEqual([AT, null, '2026-11-25T12:00:00.000Z']);
    expect(next.unreadCount).toBe(1);
  });

  it('leaves an already-read one (and its time) alone', () => {
    const next = markedRead(list(), ['c'], AT);
    expect(next.items[2].readAt).toBe('2026-11-25T12:00:00.000Z');
    expect(next.unreadCount).toBe(2);
  });

  it('reads all, including unread ones beyond the page', () => {
    const next = markedRead({ ...list(), unreadCount: 7 }, 'all', AT);
    expect(next.items.every((n) => n.readAt !== null)).toBe(true);
    expect(next.unreadCount).toBe(0);
  });
});
