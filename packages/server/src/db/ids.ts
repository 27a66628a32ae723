import { randomBytes } from 'node:crypto';

let lastMs = -1;
let sequence = 0;

/** Random bytes fetched at once for this many ids: one call to the CSPRNG costs about 20 µs. */
const POOLED_IDS = 256;
let pool = Buffer.alloc(0);
let pooled = 0;

/** 16 fresh random bytes (a copy: newId writes into them). */
function randomIdBytes(): Buffer {
  if (pooled === 0) {
    pool = randomBytes(16 * POOLED_IDS);
    pooled = POOLED_IDS;
  }
  pooled -= 1;
  return Buffer.from(pool.subarray(pooled * 16, pooled * 16 + 16));
}

/**
 * A new UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit counter that keeps ids
 * made in the same millisecond ascending, then 62 random bits. Sortable by creation time and
 * collision-free across servers without coordination.
 */
export function newId(now: number = Date.now()): string {
  const bytes = randomIdBytes();
  let ms = now;
  if (ms <= lastMs) {
    ms = lastMs;
    sequence += 1;
    if (sequence > 0xfff) {
      ms = lastMs + 1;
      sequence = bytes[6] & 0x07;
    }
  } else {
    // start low in the counter range so many ids fit in the same millisecond
    sequence = ((bytes[6] & 0x07) << 8) | bytes[7];
  }
  lastMs = ms;
  bytes[0] = Math.floor(ms / 2 ** 40) & 0xff;
  bytes[1] = Math.floor(ms / 2 ** 32) & 0xff;
  bytes[2] = (ms >>> 24) & 0xff;
  bytes[3] = (ms >>> 16) & 0xff;
  bytes[4] = (ms >>> 8) & 0xff;
  bytes[5] = ms & 0xff;
  bytes[6] = 0x70 | ((sequence >>> 8) & 0x0f);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | (bytes[8] & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
