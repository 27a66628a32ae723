import type { LinkRow } from '../links/links.repository';
import { taskRowCopy } from '../tasks/task-row-copy';
import type { TaskRow } from '../tasks/tasks.repository';

/**
 * One string per distinct value for the rows a cached plan keeps. The database driver makes a new
 * string for every column of every row, so a 1,000-task plan held thousands of copies of its
 * workspace and project ids, of each parent's id, of the same dates and of `FS` and `ASAP`: some
 * 13 string objects per task that V8's full collections visit (a heap snapshot of ten cached plans:
 * 131,000 of 178,000 strings were copies).
 */
export class PlanStrings {
  private readonly canonical = new Map<string, string>();

  /** The first string seen with `text`'s value. */
  one<T extends string | null>(text: T): T {
    if (text === null) return text;
    const held = this.canonical.get(text);
    if (held !== undefined) return held as T;
    this.canonical.set(text, text);
    return text;
  }

  /**
   * The task rows as compact copies (see taskRowCopy) with one string per repeated value; the task
   * ids come first, so a child's `parent_id` is its parent's own id string.
   */
  taskRows(rows: readonly TaskRow[]): TaskRow[] {
    for (const row of rows) this.one(row.id);
    const one = <T extends string | null>(text: T): T => this.one(text);
    return rows.map((row) => taskRowCopy(row, one));
  }

  /** As taskRows, for link rows: a link's task ids become the tasks' own strings when seen first. */
  linkRows(rows: LinkRow[]): LinkRow[] {
    for (const row of rows) {
      row.workspace_id = this.one(row.workspace_id);
      row.project_id = this.one(row.project_id);
      row.predecessor_id = this.one(row.predecessor_id);
      row.successor_id = this.one(row.successor_id);
      row.type = this.one(row.type);
      row.lag_unit = this.one(row.lag_unit);
      row.created_at = this.one(row.created_at);
      row.updated_at = this.one(row.updated_at);
    }
    return rows;
  }
}
