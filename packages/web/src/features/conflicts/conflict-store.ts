import { useSyncExternalStore } from 'react';
import {
  addConflict,
  type Conflict,
  type ConflictState,
  type CurrentObject,
  NO_CONFLICTS,
  refreshTheirs,
  removeConflict,
} from './conflict-state';

// One store for the tab: a conflict must survive the view that caused it being unmounted.
let state: ConflictState = NO_CONFLICTS;
const listeners = new Set<() => void>();

function set(next: ConflictState): void {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

/** Records a refused write so the conflict dialog shows it. */
export function reportConflict(conflict: Conflict): void {
  set(addConflict(state, conflict));
}

/** Forgets a conflict (reapplied or discarded). */
export function resolveConflict(key: string): void {
  set(removeConflict(state, key));
}

/** Replaces the server's side of an open conflict (the reapply met yet another change). */
export function updateTheirs(key: string, theirs: CurrentObject | null): void {
  set(refreshTheirs(state, key, theirs));
}

export function currentConflicts(): ConflictState {
  return state;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The open conflicts of one project, oldest first. */
export function useProjectConflicts(projectId: string): readonly Conflict[] {
  const all = useSyncExternalStore(subscribe, currentConflicts, currentConflicts);
  return all.filter((conflict) => conflict.projectId === projectId);
}
