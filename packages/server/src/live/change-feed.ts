/** What kind of object a change touched. */
export type ChangeEntity =
  | 'project'
  | 'task'
  | 'link'
  | 'calendar'
  | 'resource'
  | 'assignment'
  | 'baseline'
  | 'risk'
  | 'cost'
  | 'quality'
  | 'raid'
  | 'feature'
  | 'scorecard'
  | 'feedback'
  | 'release'
  | 'share-link'
  | 'goal'
  | 'product'
  | 'stakeholder'
  | 'market'
  | 'notification';

/**
 * One committed write, as other viewers learn of it: ids only, never rows (a viewer refetches what
 * it may see, so permissions are checked on the read, and the PostgreSQL NOTIFY payload stays small).
 */
export interface ChangeEvent {
  readonly workspaceId: string;
  /** The project the change belongs to; null for workspace-level objects (resources, calendars). */
  readonly projectId: string | null;
  readonly entity: ChangeEntity;
  readonly kind: 'upsert' | 'delete';
  readonly ids: readonly string[];
  /** Tasks whose dates the write moved (rescheduling), so viewers refetch them too. */
  readonly rescheduledTaskIds?: readonly string[];
  /** Who made the change (so a client can skip echoes of its own writes). */
  readonly actorId: string;
}

export type ChangeListener = (event: ChangeEvent) => void;

/**
 * Where writes announce themselves after their transaction commits. Publish only after commit: a
 * rolled-back write must never reach a viewer.
 */
export interface ChangeFeed {
  publish(event: ChangeEvent): void;
  subscribe(listener: ChangeListener): () => void;
}

/** The in-process feed: enough for one server; a PostgreSQL-backed feed fans out across processes. */
export class LocalChangeFeed implements ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();

  publish(event: ChangeEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
