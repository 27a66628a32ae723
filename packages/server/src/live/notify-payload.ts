import { changeEventSchema } from '@tandem/api';
import type { ChangeEvent } from './change-feed';

/**
 * PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; we stay well under so the envelope and
 * any multi-byte characters never tip a payload over.
 */
export const MAX_NOTIFY_PAYLOAD_BYTES = 7900;

/** What travels in one NOTIFY: the sending process (to skip its own echo) and one event. */
interface Envelope {
  /** Id of the sending process's feed. */
  readonly o: string;
  readonly e: ChangeEvent;
}

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * Encodes an event as one or more NOTIFY payloads of at most `maxBytes` bytes each. An event with
 * too many ids is split into several events with the same fields and a share of `ids` and
 * `rescheduledTaskIds` each (viewers refetch by id, so a split changes nothing for them).
 * Throws when even an event without ids does not fit (a field is absurdly long).
 */
export function encodeNotifyPayloads(
  origin: string,
  event: ChangeEvent,
  maxBytes = MAX_NOTIFY_PAYLOAD_BYTES,
): string[] {
  const whole = JSON.stringify({ o: origin, e: event } satisfies Envelope);
  if (byteLength(whole) <= maxBytes) return [whole];

  const empty: ChangeEvent = { ...event, ids: [], rescheduledTaskIds: [] };
  const baseBytes = byteLength(JSON.stringify({ o: origin, e: empty } satisfies Envelope));
  // each id adds its JSON string and at most one comma
  const budget = maxBytes - baseBytes;
  const items: Array<{ field: 'ids' | 'rescheduledTaskIds'; id: string; bytes: number }> = [
    ...event.ids.map((id) => ({ field: 'ids' as const, id, bytes: byteLength(JSON.stringify(id)) + 1 })),
    ...(event.rescheduledTaskIds ?? []).map((id) => ({
      field: 'rescheduledTaskIds' as const,
      id,
      bytes: byteLength(JSON.stringify(id)) + 1,
    })),
  ];
  const tooLong = items.find((item) => item.bytes > budget);
  if (budget <= 0 || tooLong) {
    throw new Error(
      `change event of ${event.entity} in workspace ${event.workspaceId} cannot fit a NOTIFY payload ` +
        `of ${maxBytes} bytes (${tooLong ? `id "${tooLong.id.slice(0, 40)}…" is too long` : 'its fields alone are too long'})`,
    );
  }
  const payloads: string[] = [];
  let ids: string[] = [];
  let rescheduled: string[] = [];
  let used = 0;
  const flush = () => {
    const part: ChangeEvent = { ...event, ids, rescheduledTaskIds: rescheduled };
    payloads.push(JSON.stringify({ o: origin, e: part } satisfies Envelope));
    ids = [];
    rescheduled = [];
    used = 0;
  };
  for (const item of items) {
    if (used + item.bytes > budget) flush();
    (item.field === 'ids' ? ids : rescheduled).push(item.id);
    used += item.bytes;
  }
  if (ids.length > 0 || rescheduled.length > 0) flush();
  return payloads;
}

/** A decoded NOTIFY payload: who sent it and the event. */
export interface DecodedNotify {
  readonly origin: string;
  readonly event: ChangeEvent;
}

/**
 * Decodes a payload written by `encodeNotifyPayloads`; throws naming the problem when it is not
 * one (another program notifying on our channel, or a newer server's format).
 */
export function decodeNotifyPayload(payload: string): DecodedNotify {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    throw new Error(`NOTIFY payload is not JSON: ${payload.slice(0, 80)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { o?: unknown }).o !== 'string') {
    throw new Error(`NOTIFY payload has no origin "o": ${payload.slice(0, 80)}`);
  }
  const result = changeEventSchema.safeParse((parsed as { e?: unknown }).e);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`NOTIFY payload event is invalid at e.${issue?.path.join('.') ?? ''}: ${issue?.message}`);
  }
  return { origin: (parsed as Envelope).o, event: result.data };
}
