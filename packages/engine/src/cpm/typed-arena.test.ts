import { describe, expect, it } from 'vitest';
import { generateProject } from '../bench/generate-project';
import { compileCalendars } from '../calendar/index';
import { compileNetwork } from './compile-network';
import { createScheduleState } from './schedule-state';
import { scratchArena, TypedArena } from './typed-arena';

describe('TypedArena', () => {
  it('hands out zeroed arrays of one buffer, each type aligned', () => {
    const arena = new TypedArena({ float64: 3, int32: 5, uint8: 7 });
    const a = arena.int32(2);
    const b = arena.float64(3);
    const c = arena.uint8(7);
    const d = arena.int32(3);
    expect([a.buffer, c.buffer, d.buffer].every((buffer) => buffer === b.buffer)).toBe(true);
    expect(b.byteOffset % 8).toBe(0);
    expect([...a, ...b, ...c, ...d].every((value) => value === 0)).toBe(true);
    a[1] = 7;
    expect(d[0]).toBe(0);
    expect(arena.unusedBytes).toBe(0);
    expect(arena.overflows).toBe(0);
  });

  it('gives a request that does not fit an array of its own, and counts it', () => {
    const arena = new TypedArena({ float64: 1, int32: 0, uint8: 0 });
    const inside = arena.float64(1);
    const outside = arena.float64(2);
    expect(outside.buffer).not.toBe(inside.buffer);
    expect(outside.length).toBe(2);
    expect(arena.overflows).toBe(1);
  });

  it('clears what it hands out again after a reset', () => {
    const arena = new TypedArena({ float64: 0, int32: 4, uint8: 0 });
    arena.int32(4).fill(9);
    arena.reset();
    expect([...arena.int32(4)]).toEqual([0, 0, 0, 0]);
  });

  it('refuses a negative or fractional size, naming it', () => {
    expect(() => new TypedArena({ float64: 0, int32: -1, uint8: 0 })).toThrow(/int32 .* not -1/);
    expect(() => new TypedArena({ float64: 1.5, int32: 0, uint8: 0 })).toThrow(/float64/);
  });
});

describe('a compiled network and its schedule state', () => {
  const project = generateProject({ tasks: 3000, seed: 11 });
  // Some inactive tasks: their links are dropped, so the arena holds more room than is used.
  const tasks = project.tasks.map((task, i) => (i % 97 === 5 ? { ...task, active: false } : task));
  const withInactive = { ...project, tasks };

  it('keep every array in one buffer and their temporaries in a reused one, none outside', () => {
    scratchArena({ float64: 0, int32: 0, uint8: 0 });
    const net = compileNetwork(withInactive, compileCalendars(withInactive.calendars));
    const kept = [
      net.kind,
      net.taskOf,
      net.finishNode,
      net.flags,
      net.duration,
      net.calendar,
      net.constraint,
      net.constraintDate,
      net.deadline,
      net.levelingDelay,
      net.predStart,
      net.predNode,
      net.predLink,
      net.predType,
      net.succStart,
      net.succNode,
      net.succLink,
      net.succType,
      net.linkLag,
      net.linkLagKind,
      net.linkCalendar,
      net.order,
      net.position,
    ];
    expect(kept.every((array) => array.buffer === net.duration.buffer)).toBe(true);
    // The arena the compile made for its temporaries is the one handed out next: nothing overflowed.
    expect(scratchArena({ float64: 0, int32: 0, uint8: 0 }).overflows).toBe(0);
    const st = createScheduleState(net);
    const state = [st.es, st.ef, st.ls, st.lf, st.rls, st.rlf, st.conflict, st.dirty, st.finOrder];
    expect(state.every((array) => array.buffer === st.es.buffer)).toBe(true);
    expect(st.ss).toBe(st.es);
  });

  it('compiles the same network twice with the scratch arena reused', () => {
    const first = compileNetwork(withInactive, compileCalendars(withInactive.calendars));
    const second = compileNetwork(withInactive, compileCalendars(withInactive.calendars));
    expect(second.order).toEqual(first.order);
    expect(second.predNode).toEqual(first.predNode);
    expect(second.succLink).toEqual(first.succLink);
  });
});
