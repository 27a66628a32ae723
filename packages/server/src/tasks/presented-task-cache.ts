import type { Task } from '@tandem/api';
import { presentTask } from './task.presenter';
import type { OutlineEntry } from './task-outline';
import type { TaskRow } from './tasks.repository';

interface Presented {
  readonly rolledUpPercent: number | undefined;
  readonly task: Task;
}

/**
 * Presented tasks and their JSON text, remembered per outline entry. The scheduler cache keeps a
 * project's outline entries between writes and replaces only those a write changed (entries and
 * rows are never mutated), so listing a 1,000-task project again presents and stringifies only the
 * tasks that changed since the last listing. Weak maps: entries no longer held are collected.
 */
const presentedByEntry = new WeakMap<OutlineEntry<TaskRow>, Presented>();
const jsonByTask = new WeakMap<Task, string>();

/** `presentTask(entry, rolledUpPercent)`, the same object as last time for the same entry and percent. */
export function presentTaskOnce(entry: OutlineEntry<TaskRow>, rolledUpPercent?: number): Task {
  const held = presentedByEntry.get(entry);
  if (held && held.rolledUpPercent === rolledUpPercent) return held.task;
  const task = presentTask(entry, rolledUpPercent);
  presentedByEntry.set(entry, { rolledUpPercent, task });
  return task;
}

/** `JSON.stringify(task)`, computed once per presented task object (which must not be mutated). */
export function taskJson(task: Task): string {
  let text = jsonByTask.get(task);
  if (text === undefined) {
    text = JSON.stringify(task);
    jsonByTask.set(task, text);
  }
  return text;
}
