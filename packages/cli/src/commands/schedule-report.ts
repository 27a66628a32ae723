import { type DateTime, formatDateTime, type ScheduleResult } from '@tandem/engine';
import type { MspdiDocument, ScheduleCheck } from '@tandem/formats';

/** `YYYY-MM-DD HH:MM`, as the table shows dates. */
export function tableDate(value: DateTime): string {
  return formatDateTime(value).slice(0, 16).replace('T', ' ');
}

/** Left-aligned columns (right-aligned where `right` says so), two spaces apart. */
export function alignRows(
  rows: readonly (readonly string[])[],
  right: ReadonlySet<number> = new Set(),
): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) => (right.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

interface ReportRow {
  readonly uid: string;
  readonly name: string;
  readonly start: DateTime;
  readonly finish: DateTime;
  /** Working minutes. */
  readonly totalSlack: number;
  readonly critical: boolean;
}

/** The scheduled tasks in file order; only critical ones when `criticalOnly`. */
export function reportRows(
  document: MspdiDocument,
  result: ScheduleResult,
  criticalOnly: boolean,
): ReportRow[] {
  const names = new Map(document.project.tasks.map((task) => [task.id, task.name]));
  return result.tasks
    .filter((task) => !criticalOnly || task.critical)
    .map((task) => ({
      uid: task.id,
      name: names.get(task.id) ?? '',
      start: task.start,
      finish: task.finish,
      totalSlack: task.totalSlack,
      critical: task.critical,
    }));
}

/** The schedule as an aligned table: slack in working days of the project's day length. */
export function scheduleTable(rows: readonly ReportRow[], minutesPerDay: number): string {
  const body = rows.map((row) => [
    row.uid,
    clip(row.name, 48),
    tableDate(row.start),
    tableDate(row.finish),
    `${round(row.totalSlack / minutesPerDay)}d`,
    row.critical ? 'yes' : 'no',
  ]);
  return alignRows([['id', 'name', 'start', 'finish', 'total slack', 'critical'], ...body], new Set([0, 4]));
}

export function scheduleJson(file: string, result: ScheduleResult, rows: readonly ReportRow[]): object {
  return {
    file,
    start: formatDateTime(result.start),
    finish: formatDateTime(result.finish),
    tasks: rows.map((row) => ({
      uid: row.uid,
      name: row.name,
      start: formatDateTime(row.start),
      finish: formatDateTime(row.finish),
      totalSlack: row.totalSlack,
      critical: row.critical,
    })),
  };
}

/** The mismatches of one file as a table, then `matched M of N tasks`. */
export function checkText(check: ScheduleCheck): string {
  const lines: string[] = [];
  if (check.mismatches.length > 0) {
    const body = check.mismatches.map((m) => [
      m.uid,
      clip(m.name, 40),
      m.field,
      tableDate(m.expected),
      tableDate(m.actual),
    ]);
    lines.push(
      alignRows([['id', 'name', 'field', 'expected (file)', 'actual (Tandem)'], ...body], new Set([0])),
    );
  }
  lines.push(`matched ${check.matched} of ${check.tasks} tasks`);
  return lines.join('\n');
}

export function checkJson(file: string, check: ScheduleCheck): object {
  return {
    file,
    tasks: check.tasks,
    matched: check.matched,
    mismatches: check.mismatches.map((m) => ({
      uid: m.uid,
      name: m.name,
      field: m.field,
      expected: formatDateTime(m.expected),
      actual: formatDateTime(m.actual),
    })),
  };
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}
