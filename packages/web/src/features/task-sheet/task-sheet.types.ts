import type { Task } from '@tandem/api';
import type { Link } from '../links/link.types';
import type { RowWindow, WindowStore } from './window-store';

export interface TaskSheetProps {
  readonly workspaceId: string;
  readonly projectId: string;
  /** Visible tasks in outline order (children of collapsed summaries removed). */
  readonly rows: readonly Task[];
  /** Index in `rows` of every visible task (kept while the rows keep their order). */
  readonly rowIndexById: ReadonlyMap<string, number>;
  /** Every task (for ids and row numbers in predecessor notation). */
  readonly allTasks: readonly Task[];
  readonly links: readonly Link[];
  /** The rows to render, kept by the Gantt (which owns scrolling) from its scroller. */
  readonly rowWindow: WindowStore<RowWindow>;
  readonly totalHeight: number;
  readonly selectedTaskId: string | null;
  readonly onSelectTask: (taskId: string | null) => void;
  readonly collapsed: ReadonlySet<string>;
  readonly onToggleCollapse: (taskId: string) => void;
  /** Keyboard navigation asks the scroll container to reveal a row. */
  readonly onScrollToRow: (index: number) => void;
}
