import { describe, expect, it } from 'vitest';
import { MESSAGE_MAX_WIDTH, messagePlace } from './cell-message';
import { columnIndex, columnLeft, SHEET_COLUMNS, SHEET_WIDTH } from './sheet-columns';

/** The message's horizontal extent at its widest, in the row's coordinates. */
function extent(place: ReturnType<typeof messagePlace>): [number, number] {
  if ('left' in place) return [place.left, place.left + place.maxWidth];
  const right = SHEET_WIDTH - place.right;
  return [right - place.maxWidth, right];
}

describe('messagePlace', () => {
  it('puts a message under its cell when the pane shows room for it', () => {
    const name = columnIndex('name');
    // the default 440 px pane: the name cell starts at 112 px, and the message wraps before 436
    expect(columnLeft(name)).toBe(112);
    expect(messagePlace(name, 0, 440)).toEqual({ left: 112, maxWidth: 324 });
    expect(messagePlace(name, 0, 0)).toEqual({ left: 112, maxWidth: MESSAGE_MAX_WIDTH });
  });

  it('moves a message under a cell by the pane’s right edge to grow leftwards from that edge', () => {
    const predecessors = columnIndex('predecessors');
    const cellRight = columnLeft(predecessors) + SHEET_COLUMNS[predecessors].width;
    // the pane shows the sheet up to the predecessors column's right edge
    const place = messagePlace(predecessors, cellRight - 560, 560);
    expect(place).toEqual({ right: SHEET_WIDTH - (cellRight - 4), maxWidth: MESSAGE_MAX_WIDTH });
  });

  it('keeps every message inside what the pane shows, whatever the shift and width', () => {
    for (const paneWidth of [120, 300, 440, 700, SHEET_WIDTH])
      for (let offset = 0; offset <= Math.max(0, SHEET_WIDTH - paneWidth); offset += 37)
        for (let column = 0; column < SHEET_COLUMNS.length; column += 1) {
          const [from, to] = extent(messagePlace(column, offset, paneWidth));
          expect(from).toBeGreaterThanOrEqual(offset + 4);
          expect(to).toBeLessThanOrEqual(offset + paneWidth - 4);
          expect(to - from).toBeLessThanOrEqual(MESSAGE_MAX_WIDTH);
        }
  });
});
