import type { WorkingCalendar } from '../calendar/working-calendar.types';

/**
 * The working slots of one calendar on an elapsed time grid (slot t = [origin + t·g, origin +
 * (t+1)·g), g dividing every working-time boundary), with prefix counts so that working-time
 * arithmetic is array lookups. Instants are slot boundaries 0..horizon; results past the horizon
 * return `horizon + 1` (the caller treats it as "does not fit").
 */
export class GridCalendar {
  /** Working slots before boundary t (length horizon + 1). */
  private readonly cum: Int32Array;
  /** Slot index of the k-th working slot. */
  private readonly pos: Int32Array;

  constructor(
    calendar: WorkingCalendar | null,
    origin: number,
    slot: number,
    readonly horizon: number,
  ) {
    this.cum = new Int32Array(horizon + 1);
    const pos: number[] = [];
    for (let t = 0; t < horizon; t++) {
      const works = calendar === null || calendar.isWorking(origin + t * slot);
      if (works) pos.push(t);
      this.cum[t + 1] = this.cum[t] + (works ? 1 : 0);
    }
    this.pos = Int32Array.from(pos);
  }

  works(t: number): boolean {
    return t >= 0 && t < this.horizon && this.cum[t + 1] > this.cum[t];
  }

  /** First working slot at or after boundary t. */
  startAt(t: number): number {
    if (t < 0) t = 0;
    if (t >= this.horizon) return this.horizon + 1;
    const k = this.cum[t];
    return k < this.pos.length ? this.pos[k] : this.horizon + 1;
  }

  /** Boundary after `w` working slots from boundary t (w may be negative: before t). */
  shift(t: number, w: number): number {
    if (w === 0) return t;
    if (t > this.horizon) return this.horizon + 1;
    const k = this.cum[Math.max(0, t)];
    if (w > 0) return k + w - 1 < this.pos.length ? this.pos[k + w - 1] + 1 : this.horizon + 1;
    return k + w >= 0 ? this.pos[k + w] : 0;
  }

  /** Latest start (a working slot) of `w` working slots that end by boundary t. */
  startForFinish(t: number, w: number): number {
    if (w === 0) return t;
    return this.shift(Math.min(t, this.horizon), -w);
  }
}
