/** The sheet's columns, left to right. */
export type SheetColumnKey =
  | 'row'
  | 'indicators'
  | 'name'
  | 'duration'
  | 'start'
  | 'finish'
  | 'predecessors'
  | 'resources'
  | 'percent';

export interface SheetColumn {
  readonly key: SheetColumnKey;
  readonly title: string;
  /** px */
  readonly width: number;
  readonly editable: boolean;
  readonly align: 'left' | 'right' | 'center';
}

export const SHEET_COLUMNS: readonly SheetColumn[] = [
  // Five digits (a 10,000-task plan) in the column's 12 px font.
  { key: 'row', title: 'ID', width: 60, editable: false, align: 'right' },
  { key: 'indicators', title: 'Indicators', width: 52, editable: false, align: 'center' },
  { key: 'name', title: 'Task name', width: 240, editable: true, align: 'left' },
  { key: 'duration', title: 'Duration', width: 84, editable: true, align: 'right' },
  { key: 'start', title: 'Start', width: 124, editable: true, align: 'left' },
  { key: 'finish', title: 'Finish', width: 124, editable: true, align: 'left' },
  { key: 'predecessors', title: 'Predecessors', width: 120, editable: true, align: 'left' },
  { key: 'resources', title: 'Resources', width: 140, editable: true, align: 'left' },
  { key: 'percent', title: '% complete', width: 84, editable: true, align: 'right' },
];

/** A cell's horizontal padding and right border, px (see `.cell`): its text has the rest. */
export const CELL_CHROME = 17;

/** CSS grid template of a sheet row. */
export const SHEET_GRID_TEMPLATE = SHEET_COLUMNS.map((column) => `${column.width}px`).join(' ');

/** Total width of the sheet, px (the Gantt sizes its left pane from it). */
export const SHEET_WIDTH = SHEET_COLUMNS.reduce((sum, column) => sum + column.width, 0);

/** Index of the name column: where the blank row and Home land. */
export const NAME_COLUMN = SHEET_COLUMNS.findIndex((column) => column.key === 'name');

export function columnIndex(key: SheetColumnKey): number {
  return SHEET_COLUMNS.findIndex((column) => column.key === key);
}

/** The left edge of column `index` in the sheet, px (the sheet's width for an index past the last). */
export function columnLeft(index: number): number {
  let left = 0;
  for (let i = 0; i < index && i < SHEET_COLUMNS.length; i += 1) left += SHEET_COLUMNS[i].width;
  return left;
}
