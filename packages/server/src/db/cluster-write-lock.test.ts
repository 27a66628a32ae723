import { describe, expect, it } from 'vitest';
import { ClusterWriteLock, type WriteLockMessage, WriteLockQueue } from './cluster-write-lock';

/** Two workers and a primary, wired in memory: messages are delivered on the next microtask. */
function cluster() {
  const handlers = new Map<number, (message: unknown) => void>();
  const queue = new WriteLockQueue((worker, message) => {
    queueMicrotask(() => handlers.get(worker)?.(message));
  });
  const sent: { worker: number; op: WriteLockMessage['op'] }[] = [];
  const worker = (id: number) =>
    new ClusterWriteLock({
      send: (message: WriteLockMessage) => {
        sent.push({ worker: id, op: message.op });
        queueMicrotask(() => queue.receive(id, message));
      },
      onMessage: (handler) => handlers.set(id, handler),
    });
  return { queue, sent, one: worker(1), two: worker(2) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the cluster write lock', () => {
  it('grants one writer at a time, in the order asked', async () => {
    const { one, two } = cluster();
    const order: string[] = [];
    await one.acquire();
    order.push('one has it');
    const second = two.acquire().then(() => order.push('two has it'));
    await settle();
    expect(order).toEqual(['one has it']);
    one.release();
    await second;
    expect(order).toEqual(['one has it', 'two has it']);
    two.release();
    await one.acquire();
    one.release();
  });

  it('lets a write that starts before the release goes out keep the lock, one round trip in all', async () => {
    const { one, two, sent } = cluster();
    await one.acquire();
    one.release();
    await one.acquire(); // same turn of the loop: no new request to the primary
    let twoHasIt = false;
    const second = two.acquire().then(() => {
      twoHasIt = true;
    });
    await settle();
    expect(twoHasIt).toBe(false);
    one.release();
    await second;
    expect(sent.filter((m) => m.worker === 1).map((m) => m.op)).toEqual(['acquire', 'release']);
  });

  it('takes the lock back from a worker that exits holding it', async () => {
    const { queue, one, two } = cluster();
    await one.acquire();
    let granted = false;
    const second = two.acquire().then(() => {
      granted = true;
    });
    await settle();
    expect(granted).toBe(false);
    queue.forget(1);
    await second;
    expect(granted).toBe(true);
  });
});
