import { Box, Table, Text } from '@mantine/core';
import type { TimesheetStatus } from '@tandem/api';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { CellView } from './timesheet-cells';
import { formatHours, type GridState, gridKeyDown, INITIAL_GRID } from './week-grid';

export interface GridRow {
  readonly key: string;
  readonly task: string;
  readonly resource: string;
}

interface TimesheetGridProps {
  readonly rows: readonly GridRow[];
  /** `YYYY-MM-DD` of each column. */
  readonly days: readonly string[];
  readonly cellAt: (row: number, col: number) => CellView;
  /** Saves the text typed into a cell (hours as typed). */
  readonly onCommit: (row: number, col: number, text: string) => void;
}

const dayHeader = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const dayLong = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

const STATUS_COLOR: Record<TimesheetStatus, string> = {
  draft: 'var(--mantine-color-gray-0)',
  submitted: 'var(--mantine-color-blue-0)',
  approved: 'var(--mantine-color-teal-0)',
  rejected: 'var(--mantine-color-red-0)',
};

/**
 * A week of hours, rows = task × resource, columns = days. One cell is active (roving tab index):
 * arrows, Tab and Enter move; typing a number edits; Enter or Tab commits; Escape cancels.
 */
export function TimesheetGrid({ rows, days, cellAt, onCommit }: TimesheetGridProps) {
  const [state, setState] = useState<GridState>(INITIAL_GRID);
  const table = useRef<HTMLTableElement>(null);
  // Set as soon as a key commits or cancels, so the blur of the unmounting input does not commit again.
  const editingRef = useRef(false);
  const size = { rows: rows.length, cols: days.length };
  const active = { row: Math.min(state.row, Math.max(0, rows.length - 1)), col: state.col };

  // The grid holds the focus from a click or key in it until focus moves elsewhere; removing the
  // edited input drops the focus to the body, which must not count as leaving.
  const hasFocus = useRef(false);

  // Keep the browser's focus on the active cell while the grid has it.
  useEffect(() => {
    const node = table.current;
    if (!node || !hasFocus.current) return;
    const target = node.querySelector<HTMLElement>(
      state.editing ? 'input[data-cell-input]' : `[data-row="${active.row}"][data-col="${active.col}"]`,
    );
    if (target && target !== document.activeElement) target.focus();
  }, [state.editing, active.row, active.col]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const view = cellAt(active.row, active.col);
    const current = view.minutes === 0 ? '' : formatHours(view.minutes);
    const result = gridKeyDown({ ...state, ...active }, event, size, { current, locked: view.locked });
    if (result.handled) event.preventDefault();
    if (result.commit) onCommit(result.commit.row, result.commit.col, result.commit.text);
    editingRef.current = result.state.editing;
    setState(result.state);
  };

  const leaveEdit = () => {
    if (!state.editing || !editingRef.current) return;
    editingRef.current = false;
    onCommit(active.row, active.col, state.draft);
    setState({ ...state, editing: false, draft: '' });
  };

  return (
    <Box style={{ overflowX: 'auto' }}>
      <Table
        ref={table}
        role="grid"
        aria-label="Timesheet week"
        withTableBorder
        withColumnBorders
        onKeyDown={onKeyDown}
        onFocus={() => {
          hasFocus.current = true;
        }}
        onBlur={(event) => {
          const next = event.relatedTarget;
          if (next instanceof Node && !event.currentTarget.contains(next)) hasFocus.current = false;
        }}
        style={{ tableLayout: 'fixed', minWidth: 760 }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={260}>Task · resource</Table.Th>
            {days.map((day) => (
              <Table.Th key={day} ta="right" className="tabular">
                {dayHeader.format(asDate(day))}
              </Table.Th>
            ))}
            <Table.Th ta="right" w={70}>
              Total
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, r) => {
            let total = 0;
            return (
              <Table.Tr key={row.key}>
                <Table.Th scope="row" fw={400}>
                  <Text size="sm" truncate="end">
                    {row.task}
                  </Text>
                  <Text size="xs" c="dimmed" truncate="end">
                    {row.resource}
                  </Text>
                </Table.Th>
                {days.map((day, c) => {
                  const view = cellAt(r, c);
                  total += view.minutes;
                  const isActive = active.row === r && active.col === c;
                  const editing = isActive && state.editing;
                  const status = view.status ? `, ${view.status}` : '';
                  return (
                    <Table.Td
                      key={day}
                      role="gridcell"
                      tabIndex={isActive ? 0 : -1}
                      data-row={r}
                      data-col={c}
                      data-status={view.status ?? 'empty'}
                      aria-label={`${row.task} · ${row.resource}, ${dayLong.format(asDate(day))}: ${view.minutes === 0 ? 'no time' : `${formatHours(view.minutes)} h`}${status}`}
                      aria-readonly={view.locked}
                      onClick={() => setState({ row: r, col: c, editing: false, draft: '' })}
                      onDoubleClick={() => {
                        if (view.locked) return;
                        editingRef.current = true;
                        setState({ row: r, col: c, editing: true, draft: formatHours(view.minutes) });
                      }}
                      ta="right"
                      className="tabular"
                      style={{
                        background: view.status ? STATUS_COLOR[view.status] : undefined,
                        outline: isActive ? '2px solid var(--mantine-color-blue-6)' : undefined,
                        outlineOffset: -2,
                        padding: editing ? 0 : undefined,
                      }}
                    >
                      {editing ? (
                        <input
                          data-cell-input
                          // focused as it mounts, caret at the end, so the next keys type into it
                          ref={(input) => {
                            if (!input || input === document.activeElement) return;
                            input.focus();
                            input.setSelectionRange(input.value.length, input.value.length);
                          }}
                          aria-label="Hours"
                          value={state.draft}
                          onChange={(event) => setState({ ...state, draft: event.currentTarget.value })}
                          onBlur={leaveEdit}
                          style={{
                            width: '100%',
                            border: 0,
                            textAlign: 'right',
                            font: 'inherit',
                            padding: '6px 8px',
                          }}
                        />
                      ) : (
                        formatHours(view.minutes)
                      )}
                    </Table.Td>
                  );
                })}
                <Table.Td ta="right" className="tabular" fw={600}>
                  {formatHours(total) || '0'}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
