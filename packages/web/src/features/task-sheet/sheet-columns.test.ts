import { describe, expect, it } from 'vitest';
import { CELL_CHROME, columnIndex, columnLeft, SHEET_COLUMNS, SHEET_WIDTH } from './sheet-columns';
import { textFits } from './text-fit';

describe('sheet columns', () => {
  it('places each column after the ones before it, up to the sheet width', () => {
    expect(columnLeft(0)).toBe(0);
    expect(columnLeft(SHEET_COLUMNS.length)).toBe(SHEET_WIDTH);
    for (let index = 1; index < SHEET_COLUMNS.length; index++)
      expect(columnLeft(index)).toBe(columnLeft(index - 1) + SHEET_COLUMNS[index - 1].width);
  });

  it('has room for the five-digit IDs of a 10,000-task plan', () => {
    // Digits of Chromium's default sans on Debian (DejaVu Sans) at the ID column's 12 px: 7.63 px.
    const digits = (text: string) => text.length * 7.63;
    const room = SHEET_COLUMNS[columnIndex('row')].width - CELL_CHROME;
    expect(textFits('10000', room, 400, digits)).toBe(true);
  });
});
