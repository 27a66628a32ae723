/** Height of one task row, px: fixed so the shared virtualiser never measures (the Gantt uses it too). */
export const TASK_ROW_HEIGHT = 32;
/** Height of the sheet's sticky header, px (the timeline header matches it). */
export const SHEET_HEADER_HEIGHT = 36;
