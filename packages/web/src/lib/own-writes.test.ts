import type { LiveChangeEvent } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import { createOwnWrites, RECENT_MS } from './own-writes';

const W = '0193e3b0-7c2a-7d4e-9a10-00000000000a';
const ME = '0193e3b0-7c2a-7d4e-9a10-0000000000aa';
const OTHER = '0193e3b0-7c2a-7d4e-9a10-0000000000bb';

const event = (ids: string[], rescheduledTaskIds: string[] = [], actorId = ME): LiveChangeEvent => ({
  workspaceId: W,
  projectId: W,
  entity: 'task',
  kind: 'upsert',
  ids,
  rescheduledTaskIds,
  actorId,
});

/** A task write's answer: the task, the tasks it moved and those it only reanalysed. */
const answer = { task: { id: 'a', name: 'A' }, rescheduled: [{ id: 'b' }], reanalysed: [{ id: 'c' }] };

function written(now: () => number = () => 0) {
  const own = createOwnWrites(now);
  own.started();
  own.settled(answer);
  return own;
}

describe('ownWrites', () => {
  it("recognises the echo of this tab's write once, by the ids its answer named", () => {
    const own = written();
    expect(own.isEcho(event(['a'], ['b', 'c']), ME)).toBe(true);
    // each answer accounts for one event: the same change again came from somewhere else
    expect(own.isEcho(event(['a'], ['b', 'c']), ME)).toBe(false);
  });

  it('takes no event of another user, or naming an id the answer did not, for an echo', () => {
    const own = written();
    expect(own.isEcho(event(['a'], [], OTHER), ME)).toBe(false);
    expect(own.isEcho(event(['a'], ['d']), ME)).toBe(false);
    expect(own.isEcho(event([]), ME)).toBe(false);
    expect(own.isEcho(event(['a']), null)).toBe(false);
  });

  it('forgets answers after RECENT_MS', () => {
    let time = 0;
    const own = written(() => time);
    time = RECENT_MS + 1;
    expect(own.isEcho(event(['a']), ME)).toBe(false);
  });

  it('keeps nothing of a failed write', () => {
    const own = createOwnWrites();
    own.started();
    own.settled(undefined);
    expect(own.isEcho(event(['a']), ME)).toBe(false);
  });

  it('waits for the writes in flight before answering idle', async () => {
    const own = createOwnWrites();
    own.started();
    let idle = false;
    const waited = own.idle(5_000).then(() => {
      idle = true;
    });
    await Promise.resolve();
    expect(idle).toBe(false);
    own.settled(answer);
    await waited;
    expect(idle).toBe(true);
    expect(own.isEcho(event(['a']), ME)).toBe(true);
  });
});
