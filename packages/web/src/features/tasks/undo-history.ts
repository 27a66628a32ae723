import type { CreateTaskRequest, UpdateTaskRequest } from '@tandem/api';
import type { CreateLinkRequest, LagUnit, LinkType } from '../links/link.types';

/** Task fields an undo can set back (everything of a PATCH but its version). */
export type TaskChanges = Omit<UpdateTaskRequest, 'version'>;

export type LinkFields = CreateLinkRequest;

/**
 * One API write of an undo or redo, as data. Ids are the ids the objects had when the entry was
 * recorded; a re-created object gets a new id, which the history maps through `aliases`.
 */
export type HistoryOp =
  | { readonly kind: 'updateTask'; readonly taskId: string; readonly changes: TaskChanges }
  | { readonly kind: 'createTask'; readonly taskId: string; readonly body: CreateTaskRequest }
  | { readonly kind: 'deleteTask'; readonly taskId: string }
  | { readonly kind: 'createLink'; readonly linkId: string; readonly body: LinkFields }
  | {
      readonly kind: 'updateLink';
      readonly linkId: string;
      readonly changes: { readonly type?: LinkType; readonly lag?: number; readonly lagUnit?: LagUnit };
    }
  | { readonly kind: 'deleteLink'; readonly linkId: string };

/** A user action and its inverse: `undo` runs in order to take it back, `redo` to do it again. */
export interface HistoryEntry {
  readonly label: string;
  readonly undo: readonly HistoryOp[];
  readonly redo: readonly HistoryOp[];
}

export interface HistoryState {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  /** Old id → the id of the object re-created in its place. */
  readonly aliases: ReadonlyMap<string, string>;
}

/** How many actions the history keeps. */
export const HISTORY_LIMIT = 100;

export const EMPTY_HISTORY: HistoryState = { past: [], future: [], aliases: new Map() };

/** Records a new action: it becomes the next undo, and what was undone can no longer be redone. */
export function recordEntry(state: HistoryState, entry: HistoryEntry): HistoryState {
  const past = [...state.past, entry];
  return {
    ...state,
    past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past,
    future: [],
  };
}

/** Joins actions into one (a predecessor cell that writes several links is one undo). */
export function combineEntries(label: string, entries: readonly HistoryEntry[]): HistoryEntry {
  return {
    label,
    // undo the last write first
    undo: entries
      .slice()
      .reverse()
      .flatMap((entry) => entry.undo),
    redo: entries.flatMap((entry) => entry.redo),
  };
}

/** Takes the entry to undo off the past; it moves to the future once its writes succeed. */
export function popUndo(
  state: HistoryState,
): { readonly entry: HistoryEntry; readonly state: HistoryState } | null {
  const entry = state.past.at(-1);
  if (!entry) return null;
  return { entry, state: { ...state, past: state.past.slice(0, -1) } };
}

export function popRedo(
  state: HistoryState,
): { readonly entry: HistoryEntry; readonly state: HistoryState } | null {
  const entry = state.future.at(-1);
  if (!entry) return null;
  return { entry, state: { ...state, future: state.future.slice(0, -1) } };
}

/** After a successful undo: the entry can be redone. */
export function pushFuture(state: HistoryState, entry: HistoryEntry): HistoryState {
  return { ...state, future: [...state.future, entry] };
}

/** After a successful redo (or a failed undo put back): the entry can be undone. */
export function pushPast(state: HistoryState, entry: HistoryEntry): HistoryState {
  return { ...state, past: [...state.past, entry] };
}

/** The id an object recorded as `id` has now (following re-creations). */
export function resolveId(state: HistoryState, id: string): string {
  let current = id;
  // a chain of re-creations (undo delete, redo, undo again) is short; the bound guards a loop
  for (let i = 0; i < 1000; i += 1) {
    const next = state.aliases.get(current);
    if (next === undefined || next === current) return current;
    current = next;
  }
  return current;
}

/** Notes that the object recorded as `oldId` was re-created as `newId`. */
export function withAlias(state: HistoryState, oldId: string, newId: string): HistoryState {
  if (oldId === newId) return state;
  const aliases = new Map(state.aliases);
  aliases.set(resolveId(state, oldId), newId);
  return { ...state, aliases };
}

/** The ids an op refers to, resolved through the aliases (what the API call must use). */
export function resolveOp(state: HistoryState, op: HistoryOp): HistoryOp {
  const r = (id: string) => resolveId(state, id);
  const rn = (id: string | null | undefined) => (id ? r(id) : id);
  switch (op.kind) {
    case 'updateTask': {
      const changes = { ...op.changes };
      if (changes.parentId) changes.parentId = r(changes.parentId);
      if (changes.afterTaskId) changes.afterTaskId = r(changes.afterTaskId);
      return { ...op, taskId: r(op.taskId), changes };
    }
    case 'createTask':
      return {
        ...op,
        body: { ...op.body, parentId: rn(op.body.parentId), afterTaskId: rn(op.body.afterTaskId) },
      };
    case 'deleteTask':
      return { ...op, taskId: r(op.taskId) };
    case 'createLink':
      return {
        ...op,
        body: { ...op.body, predecessorId: r(op.body.predecessorId), successorId: r(op.body.successorId) },
      };
    case 'updateLink':
    case 'deleteLink':
      return { ...op, linkId: r(op.linkId) };
  }
}
