import type { TaskRow } from '../tasks/tasks.repository';
import type { LinkRow } from './links.repository';

/**
 * The tasks of the loop a new link `predecessorId → successorId` would close, in link order from
 * the predecessor, or null when there is none: a loop exists when the predecessor is already
 * reachable from the successor through the project's links.
 */
export function loopThrough(
  links: readonly Pick<LinkRow, 'predecessor_id' | 'successor_id'>[],
  predecessorId: string,
  successorId: string,
): string[] | null {
  const next = new Map<string, string[]>();
  for (const link of links) {
    const list = next.get(link.predecessor_id);
    if (list) list.push(link.successor_id);
    else next.set(link.predecessor_id, [link.successor_id]);
  }
  // breadth-first from the successor, remembering how each task was reached
  const cameFrom = new Map<string, string | null>([[successorId, null]]);
  const queue = [successorId];
  for (let i = 0; i < queue.length; i += 1) {
    const id = queue[i];
    if (id === predecessorId) {
      const path: string[] = [];
      for (let at: string | null = id; at !== null; at = cameFrom.get(at) ?? null) path.push(at);
      // path runs predecessor ← … ← successor: the loop is predecessor → successor → … → predecessor
      return [predecessorId, ...path.reverse().slice(0, -1)];
    }
    for (const to of next.get(id) ?? []) {
      if (cameFrom.has(to)) continue;
      cameFrom.set(to, id);
      queue.push(to);
    }
  }
  return null;
}

/** Whether `ancestorId` is a parent, grandparent… of `taskId`. */
export function isAncestor(tasks: ReadonlyMap<string, TaskRow>, ancestorId: string, taskId: string): boolean {
  const seen = new Set<string>();
  for (let at = tasks.get(taskId)?.parent_id ?? null; at !== null && !seen.has(at); ) {
    if (at === ancestorId) return true;
    seen.add(at);
    at = tasks.get(at)?.parent_id ?? null;
  }
  return false;
}
