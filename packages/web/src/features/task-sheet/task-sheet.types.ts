import type { Task } from '@tandem/api';
import type { Link } from '../links/link.types';

/** The contract between the Gantt (which owns scrolling and row virtualisation) and the sheet. */
export interface SheetVirtualRow {
  readonly index: number;
  readonly start: number;
  readonly size: number;
  readonly key: string | number | bigint;
}

export interface TaskSheetProps {
  readonly workspaceId: string;
  readonly projectId: string;
  /** Visible tasks in outline order (children of collapsed summaries removed). */
  readonly rows: readonly Task[];
  /** Every task (for ids and row numbers in predecessor notation). */
  readonly allTasks: readonly Task[];
  readonly links: readonly Link[];
  readonly virtualRows: readonly SheetVirtualRow[];
  readonly totalHeight: number;
  readonly selectedTaskId: string | null;
  readonly onSelectTask: (taskId: string | null) => void;
  readonly collapsed: ReadonlySet<string>;
  readonly onToggleCollapse: (taskId: string) => void;
  /** Keyboard navigation asks the scroll container to reveal a row. */
  readonly onScrollToRow: (index: number) => void;
}
