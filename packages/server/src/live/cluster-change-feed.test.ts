import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from './change-feed';
import { ClusterChangeFeed, type ClusterChangeMessage, type ClusterChannel } from './cluster-change-feed';

const event: ChangeEvent = {
  workspaceId: 'w1',
  projectId: 'p1',
  entity: 'task',
  kind: 'upsert',
  ids: ['t1'],
  actorId: 'u1',
};

/** A channel to a stand-in primary: what the worker sent, and a way to deliver a message to it. */
function channel() {
  const sent: ClusterChangeMessage[] = [];
  const handlers = new Set<(message: unknown) => void>();
  const port: ClusterChannel = {
    send: (message) => sent.push(message),
    onMessage: (handler) => {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
  };
  const deliver = (message: unknown) => {
    for (const handler of handlers) handler(message);
  };
  return { port, sent, deliver, handlers };
}

describe('ClusterChangeFeed', () => {
  it('hands a published change to its own listeners and to the primary', () => {
    const { port, sent } = channel();
    const feed = new ClusterChangeFeed(port);
    const heard: ChangeEvent[] = [];
    feed.subscribe((e) => heard.push(e));
    feed.publish(event);
    expect(heard).toEqual([event]);
    expect(sent).toEqual([{ type: 'tandem:change', event }]);
  });

  it("delivers the other workers' changes relayed by the primary, and ignores other messages", () => {
    const { port, sent, deliver } = channel();
    const feed = new ClusterChangeFeed(port);
    const heard: ChangeEvent[] = [];
    feed.subscribe((e) => heard.push(e));
    deliver({ type: 'tandem:change', event });
    deliver({ type: 'something else', event });
    deliver('text');
    expect(heard).toEqual([event]);
    // a relayed change is not sent back (the primary would echo it forever)
    expect(sent).toEqual([]);
  });

  it('stops listening to the primary when closed', () => {
    const { port, handlers } = channel();
    const feed = new ClusterChangeFeed(port);
    expect(handlers.size).toBe(1);
    feed.close();
    expect(handlers.size).toBe(0);
  });
});
