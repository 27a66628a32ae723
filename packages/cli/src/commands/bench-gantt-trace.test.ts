import { describe, expect, it } from 'vitest';
import { type CpuProfile, summariseFrameTrace, type TraceEvent, topSelfTimes } from './bench-gantt-trace';

const MAIN = { pid: 1, tid: 7 };
const meta: TraceEvent = { ...MAIN, ph: 'M', name: 'thread_name', ts: 0, args: { name: 'CrRendererMain' } };
const frame = (ts: number): TraceEvent => ({ ...MAIN, ph: 'I', name: 'BeginMainThreadFrame', ts });
const span = (name: string, ts: number, dur: number, args?: Record<string, unknown>): TraceEvent => ({
  ...MAIN,
  ph: 'X',
  name,
  ts,
  dur,
  tdur: dur / 2,
  args,
});

describe('summariseFrameTrace', () => {
  it('splits the main thread into frames and tells forced layouts from the frame’s own', () => {
    const events: TraceEvent[] = [
      meta,
      // Another renderer's frames are ignored.
      { pid: 2, tid: 9, ph: 'M', name: 'thread_name', ts: 0, args: { name: 'CrRendererMain' } },
      frame(0),
      span('RunTask', 100, 4000),
      span('FunctionCall', 200, 3000),
      span('UpdateLayoutTree', 300, 1000, { elementCount: 40 }),
      span('Layout', 1400, 500, { beginData: { dirtyObjects: 70 } }),
      frame(10_000),
      span('RunTask', 10_100, 2000),
      span('UpdateLayoutTree', 10_200, 600, { elementCount: 5 }),
      span('Layout', 10_900, 400, { beginData: { dirtyObjects: 9 } }),
      span('Paint', 11_400, 300),
      frame(20_000),
    ];
    const summary = summariseFrameTrace(events);
    expect(summary.frames).toBe(2);
    expect(summary.mainMax).toBe(4);
    expect(summary.framesWithForcedLayout).toBe(1);
    const [slowest, other] = summary.slowest;
    expect(slowest).toMatchObject({ mainMs: 4, mainCpuMs: 2, scriptMs: 3, forced: 2, elementsRestyled: 40 });
    expect(other).toMatchObject({ mainMs: 2, forced: 0, layouts: 1, objectsLaidOut: 9, paintMs: 0.3 });
  });

  it('counts a frame from the start of the task that begins it, not from its marker inside', () => {
    // Chromium marks BeginMainThreadFrame a few µs into the task that produces the frame.
    const events: TraceEvent[] = [
      meta,
      span('RunTask', 0, 500),
      frame(10),
      span('RunTask', 9_990, 6000),
      frame(10_000),
      span('UpdateLayoutTree', 10_100, 3000, { elementCount: 224 }),
      span('Layout', 13_200, 2000, { beginData: { dirtyObjects: 352 } }),
      span('RunTask', 20_000, 500),
      frame(20_010),
    ];
    const summary = summariseFrameTrace(events);
    expect(summary.frames).toBe(2);
    const [slowest, other] = summary.slowest;
    expect(slowest).toMatchObject({ mainMs: 6, styleMs: 3, elementsRestyled: 224, layoutMs: 2 });
    expect(other).toMatchObject({ mainMs: 0.5, styleMs: 0, layouts: 0 });
  });

  it('refuses a trace without frames', () => {
    expect(() => summariseFrameTrace([meta])).toThrow(/BeginMainThreadFrame/);
  });
});

describe('topSelfTimes', () => {
  it('adds the time to the next sample to the function sampled, leaving idle out', () => {
    const frameOf = (functionName: string) => ({
      functionName,
      url: 'http://x/assets/app.js',
      lineNumber: 3,
      columnNumber: 9,
    });
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frameOf('render') },
        { id: 2, callFrame: frameOf('(idle)') },
        { id: 3, callFrame: frameOf('layout') },
      ],
      samples: [1, 3, 1, 2, 1],
      timeDeltas: [0, 1000, 2000, 500, 4000],
    };
    expect(topSelfTimes(profile)).toEqual([
      { where: 'layout app.js:3:9', ms: 2 },
      { where: 'render app.js:3:9', ms: 1.5 },
    ]);
  });
});
