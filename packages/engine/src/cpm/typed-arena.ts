/** Element counts of the three sections of a TypedArena. */
export interface ArenaSize {
  readonly float64: number;
  readonly int32: number;
  readonly uint8: number;
}

/** Where the typed arrays of a compiled network or a schedule state come from. */
export interface TypedAllocator {
  float64(length: number): Float64Array;
  int32(length: number): Int32Array;
  uint8(length: number): Uint8Array;
}

/** Every array allocated on its own (what incremental edits use). */
export const FRESH_ARRAYS: TypedAllocator = {
  float64: (length) => new Float64Array(length),
  int32: (length) => new Int32Array(length),
  uint8: (length) => new Uint8Array(length),
};

/**
 * Zeroed typed arrays carved from one ArrayBuffer. V8 starts a marking cycle of the whole heap
 * each time 64 MB of array buffers have been allocated since the last one; a million-task
 * schedule allocates some thirty arrays of 4–9 MB each, so allocated one by one they cost two or
 * three full markings of the caller's project model per schedule, allocated at once about one.
 * A request beyond a section's reserved count gets an array of its own (correct, just not pooled),
 * counted in `overflows` so that tests can check the sizing.
 */
export class TypedArena implements TypedAllocator {
  private readonly buffer: ArrayBuffer;
  private readonly int32Offset: number;
  private readonly uint8Offset: number;
  private readonly end: number;
  private nextFloat64 = 0;
  private nextInt32: number;
  private nextUint8: number;
  /** Set once the arena has been handed out again: its arrays must then be cleared. */
  private reused = false;
  /** Requests that did not fit their section, since the arena was made. */
  overflows = 0;

  /** Reserves `size` elements of each type (counts must be non-negative integers). */
  constructor(size: ArenaSize) {
    for (const [name, count] of Object.entries(size)) {
      if (!Number.isInteger(count) || count < 0)
        throw new RangeError(`TypedArena: ${name} must be a non-negative integer, not ${count}`);
    }
    // Widest elements first, so that every section starts aligned for its type.
    this.int32Offset = size.float64 * 8;
    this.uint8Offset = this.int32Offset + size.int32 * 4;
    this.end = this.uint8Offset + size.uint8;
    this.buffer = new ArrayBuffer(this.end);
    this.nextInt32 = this.int32Offset;
    this.nextUint8 = this.uint8Offset;
  }

  float64(length: number): Float64Array {
    const at = this.nextFloat64;
    if (at + length * 8 > this.int32Offset) return this.overflow(() => new Float64Array(length));
    this.nextFloat64 = at + length * 8;
    const array = new Float64Array(this.buffer, at, length);
    return this.reused ? array.fill(0) : array;
  }

  int32(length: number): Int32Array {
    const at = this.nextInt32;
    if (at + length * 4 > this.uint8Offset) return this.overflow(() => new Int32Array(length));
    this.nextInt32 = at + length * 4;
    const array = new Int32Array(this.buffer, at, length);
    return this.reused ? array.fill(0) : array;
  }

  uint8(length: number): Uint8Array {
    const at = this.nextUint8;
    if (at + length > this.end) return this.overflow(() => new Uint8Array(length));
    this.nextUint8 = at + length;
    const array = new Uint8Array(this.buffer, at, length);
    return this.reused ? array.fill(0) : array;
  }

  /** Bytes reserved and not handed out. */
  get unusedBytes(): number {
    return (
      this.int32Offset - this.nextFloat64 + (this.uint8Offset - this.nextInt32) + (this.end - this.nextUint8)
    );
  }

  /** Whether every section holds at least `size` elements. */
  holds(size: ArenaSize): boolean {
    return (
      size.float64 * 8 <= this.int32Offset &&
      size.int32 * 4 <= this.uint8Offset - this.int32Offset &&
      size.uint8 <= this.end - this.uint8Offset
    );
  }

  /**
   * Hands every section out again from its start; arrays handed out before must no longer be used
   * (they share memory with the new ones). New arrays are cleared before they are returned.
   */
  reset(): void {
    this.nextFloat64 = 0;
    this.nextInt32 = this.int32Offset;
    this.nextUint8 = this.uint8Offset;
    this.reused = true;
  }

  private overflow<T>(allocate: () => T): T {
    this.overflows++;
    return allocate();
  }
}

let scratch: WeakRef<TypedArena> | undefined;

/**
 * An arena for temporaries that die before the caller returns (edge lists, counters, work stacks).
 * The last one is kept through a WeakRef and handed out again when it is large enough, so schedules
 * run back to back allocate no temporaries, while an idle process keeps none past the next garbage
 * collection. Synchronous callers only: arrays from the previous call are overwritten.
 */
export function scratchArena(size: ArenaSize): TypedArena {
  const last = scratch?.deref();
  if (last?.holds(size)) {
    last.reset();
    return last;
  }
  const arena = new TypedArena(size);
  scratch = new WeakRef(arena);
  return arena;
}
