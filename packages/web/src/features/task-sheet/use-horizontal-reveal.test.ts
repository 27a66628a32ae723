import { describe, expect, it } from 'vitest';
import { SHEET_COLUMNS, SHEET_WIDTH } from './sheet-columns';
import { columnsShown } from './use-horizontal-reveal';

const leftOf = (index: number) => SHEET_COLUMNS.slice(0, index).reduce((sum, c) => sum + c.width, 0);

describe('columnsShown', () => {
  it('shows every column of a pane as wide as the sheet, or of an unknown width', () => {
    expect(columnsShown(0, SHEET_WIDTH)).toBe(SHEET_COLUMNS.length);
    expect(columnsShown(0, SHEET_WIDTH + 500)).toBe(SHEET_COLUMNS.length);
    expect(columnsShown(0, 0)).toBe(SHEET_COLUMNS.length);
    expect(columnsShown(0, Number.NaN)).toBe(SHEET_COLUMNS.length);
  });

  it('counts a column that reaches into the pane by one pixel, not one that starts at its edge', () => {
    const third = leftOf(3);
    expect(columnsShown(0, third)).toBe(3);
    expect(columnsShown(0, third + 1)).toBe(4);
    expect(columnsShown(0, 1)).toBe(1);
  });

  it('counts the columns a shift brings into the pane', () => {
    const pane = leftOf(4);
    expect(columnsShown(0, pane)).toBe(4);
    expect(columnsShown(SHEET_COLUMNS[4].width, pane)).toBe(5);
    expect(columnsShown(SHEET_WIDTH - pane, pane)).toBe(SHEET_COLUMNS.length);
  });
});
