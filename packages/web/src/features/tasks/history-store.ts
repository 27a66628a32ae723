import { useSyncExternalStore } from 'react';
import {
  combineEntries,
  EMPTY_HISTORY,
  type HistoryEntry,
  type HistoryState,
  recordEntry,
} from './undo-history';

// One undo history per project for the tab, outside React so every view (sheet, Gantt, board)
// records into and undoes from the same stack.
const histories = new Map<string, HistoryState>();
const openGroups = new Map<string, HistoryEntry[]>();
const listeners = new Set<() => void>();
/** The version of each object as our last write left it: undo sends it, so a change by someone else since is a 409. */
const versions = new Map<string, number>();

function notify(): void {
  for (const listener of listeners) listener();
}

export function getHistory(projectId: string): HistoryState {
  return histories.get(projectId) ?? EMPTY_HISTORY;
}

export function setHistory(projectId: string, state: HistoryState): void {
  histories.set(projectId, state);
  notify();
}

/** Records a user action (joined into the open group, if one is). */
export function recordHistory(projectId: string, entry: HistoryEntry): void {
  const group = openGroups.get(projectId);
  if (group) {
    group.push(entry);
    return;
  }
  setHistory(projectId, recordEntry(getHistory(projectId), entry));
}

/**
 * Runs `work` so that every action it records becomes one undo step labelled `label` (a
 * predecessor cell writing three links is undone at once).
 */
export async function recordAsOne<T>(projectId: string, label: string, work: () => Promise<T>): Promise<T> {
  const outer = openGroups.get(projectId);
  if (outer) return work();
  const entries: HistoryEntry[] = [];
  openGroups.set(projectId, entries);
  try {
    return await work();
  } finally {
    openGroups.delete(projectId);
    if (entries.length > 0) recordHistory(projectId, combineEntries(label, entries));
  }
}

export function noteVersion(objectId: string, version: number): void {
  versions.set(objectId, version);
}

export function knownVersion(objectId: string): number | undefined {
  return versions.get(objectId);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The project's undo history, re-rendering when it changes. */
export function useHistory(projectId: string): HistoryState {
  return useSyncExternalStore(
    subscribe,
    () => getHistory(projectId),
    () => getHistory(projectId),
  );
}
