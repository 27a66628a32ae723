import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from './change-feed';
import { decodeNotifyPayload, encodeNotifyPayloads, MAX_NOTIFY_PAYLOAD_BYTES } from './notify-payload';

const uuid = (n: number) => `0190a0b0-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
const event = (ids: number, rescheduled: number): ChangeEvent => ({
  workspaceId: uuid(1_000_001),
  projectId: uuid(1_000_002),
  entity: 'task',
  kind: 'upsert',
  ids: Array.from({ length: ids }, (_, i) => uuid(i)),
  rescheduledTaskIds: Array.from({ length: rescheduled }, (_, i) => uuid(500_000 + i)),
  actorId: uuid(1_000_003),
});

describe('NOTIFY payloads', () => {
  it('sends a small event as one payload that decodes to the same event', () => {
    const payloads = encodeNotifyPayloads('process-a', event(1, 3));
    expect(payloads).toHaveLength(1);
    expect(decodeNotifyPayload(payloads[0])).toEqual({ origin: 'process-a', event: event(1, 3) });
  });

  it('splits an event with thousands of ids into payloads under 8000 bytes that hold every id once', () => {
    const big = event(10, 5000);
    const payloads = encodeNotifyPayloads('process-a', big);
    expect(payloads.length).toBeGreaterThan(20);
    for (const payload of payloads)
      expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(MAX_NOTIFY_PAYLOAD_BYTES);
    const parts = payloads.map((payload) => decodeNotifyPayload(payload).event);
    expect(parts.flatMap((part) => part.ids)).toEqual(big.ids);
    expect(parts.flatMap((part) => part.rescheduledTaskIds ?? [])).toEqual(big.rescheduledTaskIds);
    for (const part of parts) {
      expect(part).toMatchObject({
        workspaceId: big.workspaceId,
        projectId: big.projectId,
        actorId: big.actorId,
      });
    }
  });

  it('refuses payloads that are not ours, naming the problem', () => {
    expect(() => decodeNotifyPayload('hello')).toThrow(/not JSON/);
    expect(() => decodeNotifyPayload('{"e":{}}')).toThrow(/no origin/);
    expect(() => decodeNotifyPayload('{"o":"x","e":{"workspaceId":"nope"}}')).toThrow(/e\.workspaceId/);
  });
});
