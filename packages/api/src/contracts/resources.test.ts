import { describe, expect, it } from 'vitest';
import { createAssignmentRequestSchema } from './assignments';
import { baselineParamsSchema } from './baselines';
import { workloadQuerySchema } from './leveling';
import { createResourceRequestSchema } from './resources';

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('resource contracts', () => {
  it('accepts availability ranges that follow one another, a 00:00 end covering its day', () => {
    const parsed = createResourceRequestSchema.safeParse({
      name: 'Ada',
      availability: [
        { from: null, to: '2026-03-31T00:00', maxUnits: 50 },
        { from: '2026-04-01T00:00', to: '2026-04-30T12:00', maxUnits: 100 },
        { from: '2026-04-30T12:00', to: null, maxUnits: 80 },
      ],
    });
    expect(parsed.success).toBe(true);
  });

  it('refuses overlapping or reversed ranges, naming the range at fault', () => {
    // a 00:00 end covers its whole day, so a range from that same midnight overlaps it
    const overlapping = createResourceRequestSchema.safeParse({
      name: 'Ada',
      availability: [
        { from: null, to: '2026-03-31T00:00', maxUnits: 50 },
        { from: '2026-03-31T00:00', to: null, maxUnits: 100 },
      ],
    });
    expect(issuePaths(overlapping)).toEqual(['availability.1.from']);
    const reversed = createResourceRequestSchema.safeParse({
      name: 'Ada',
      availability: [{ from: '2026-03-31T08:00', to: '2026-03-30T08:00', maxUnits: 50 }],
    });
    expect(issuePaths(reversed)).toEqual(['availability.0.to']);
  });

  it('keeps money in whole minor units', () => {
    expect(
      issuePaths(createResourceRequestSchema.safeParse({ name: 'A', costPerUse: { amountMinor: 0.5 } })),
    ).toEqual(['costPerUse.amountMinor']);
    expect(
      issuePaths(
        createResourceRequestSchema.safeParse({
          name: 'A',
          standardRate: { amountMinor: 2 ** 31, per: 'h' },
        }),
      ),
    ).toEqual(['standardRate.amountMinor']);
  });

  it('reads baseline numbers from the path and refuses numbers outside 0–10', () => {
    const projectId = '01890a5d-ac96-774b-bcce-b302099a8057';
    expect(baselineParamsSchema.parse({ projectId, number: '10' })).toEqual({ projectId, number: 10 });
    expect(issuePaths(baselineParamsSchema.safeParse({ projectId, number: '11' }))).toEqual(['number']);
    expect(issuePaths(baselineParamsSchema.safeParse({ projectId, number: 'x' }))).toEqual(['number']);
  });

  it('refuses unknown members and bad periods', () => {
    expect(issuePaths(createAssignmentRequestSchema.safeParse({ taskId: 'x', resourceId: 'y' }))).toEqual([
      'taskId',
      'resourceId',
    ]);
    expect(issuePaths(workloadQuerySchema.safeParse({ period: 'month' }))).toEqual(['period']);
  });
});
