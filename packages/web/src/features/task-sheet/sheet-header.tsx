import { VisuallyHidden } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { memo } from 'react';
import { SHEET_HEADER_HEIGHT } from './row-metrics';
import { SHEET_COLUMNS, SHEET_GRID_TEMPLATE, SHEET_WIDTH } from './sheet-columns';
import classes from './task-sheet.module.css';

/** The sheet's sticky column headers (SHEET_HEADER_HEIGHT tall, level with the timeline's scale). */
export const SheetHeader = memo(function SheetHeader() {
  return (
    <thead className={classes.head} style={{ height: SHEET_HEADER_HEIGHT }}>
      <tr
        aria-rowindex={1}
        className={classes.header}
        style={{ height: SHEET_HEADER_HEIGHT, gridTemplateColumns: SHEET_GRID_TEMPLATE, width: SHEET_WIDTH }}
      >
        {SHEET_COLUMNS.map((column, index) => (
          <th
            key={column.key}
            scope="col"
            aria-colindex={index + 1}
            className={classes.headerCell}
            style={{ textAlign: column.align }}
          >
            {column.key === 'indicators' ? (
              <>
                <IconInfoCircle size={14} aria-hidden />
                <VisuallyHidden>Indicators</VisuallyHidden>
              </>
            ) : (
              column.title
            )}
          </th>
        ))}
      </tr>
    </thead>
  );
});
