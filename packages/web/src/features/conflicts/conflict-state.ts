import { isApiError } from '@tandem/api';

/** The kinds of versioned object whose writes can conflict. */
export type ConflictKind = 'task' | 'link';

/** An object as the server holds it now (from the 409's `current` member). */
export type CurrentObject = Readonly<Record<string, unknown>> & { readonly version: number };

/**
 * A write the server refused because someone changed the object first. Nothing of `yours` is
 * stored until the user reapplies it; nothing is dropped until they discard it.
 */
export interface Conflict {
  /** `kind:objectId`: one open conflict per object. */
  readonly key: string;
  readonly kind: ConflictKind;
  readonly objectId: string;
  readonly projectId: string;
  /** What the user calls the object ("Design review"). */
  readonly label: string;
  /** The fields the user sent, without `version`. */
  readonly yours: Readonly<Record<string, unknown>>;
  /** The object as it is now; null when it was deleted meanwhile. */
  readonly theirs: CurrentObject | null;
}

export type ConflictState = readonly Conflict[];

export const NO_CONFLICTS: ConflictState = [];

/** One field of the comparison: what they stored and what you wanted. */
export interface ConflictRow {
  readonly field: string;
  readonly theirs: unknown;
  readonly yours: unknown;
  /** True when their value already equals yours (nothing to decide for this field). */
  readonly same: boolean;
}

export function conflictKey(kind: ConflictKind, objectId: string): string {
  return `${kind}:${objectId}`;
}

/**
 * Adds a conflict. A second conflict on the same object keeps one entry: your changes are merged
 * (the later value of a field wins) and theirs is the newer current state.
 */
export function addConflict(state: ConflictState, conflict: Conflict): ConflictState {
  const index = state.findIndex((c) => c.key === conflict.key);
  if (index < 0) return [...state, conflict];
  const merged: Conflict = { ...conflict, yours: { ...state[index].yours, ...conflict.yours } };
  return state.map((c, i) => (i === index ? merged : c));
}

/** Drops the conflict `key` (after a reapply succeeded or the user discarded theirs). */
export function removeConflict(state: ConflictState, key: string): ConflictState {
  const next = state.filter((c) => c.key !== key);
  return next.length === state.length ? state : next;
}

/** Updates the server's side of an open conflict (a second 409 on reapply, a live update). */
export function refreshTheirs(
  state: ConflictState,
  key: string,
  theirs: CurrentObject | null,
): ConflictState {
  return state.map((c) => (c.key === key ? { ...c, theirs } : c));
}

/** Theirs against yours, field by field, for the fields you changed. */
export function conflictRows(conflict: Conflict): readonly ConflictRow[] {
  return Object.entries(conflict.yours).map(([field, yours]) => {
    const theirs = conflict.theirs ? conflict.theirs[field] : undefined;
    return { field, theirs, yours, same: sameValue(theirs, yours) };
  });
}

/**
 * The body that reapplies your change on top of theirs: your fields with their current version.
 * Throws when the object no longer exists (there is nothing to reapply it to).
 */
export function reapplyBody(
  conflict: Conflict,
): Readonly<Record<string, unknown>> & { readonly version: number } {
  if (!conflict.theirs) throw new Error(`${conflict.label} was deleted: your change cannot be reapplied`);
  return { ...conflict.yours, version: conflict.theirs.version };
}

/**
 * The object a 409 answer carries as `current`, or null when the error is not a version
 * conflict. `deleted` is true for a 404 (the object went away under the edit).
 */
export function conflictFromError(
  error: unknown,
): { readonly current: CurrentObject | null; readonly deleted: boolean } | null {
  if (!isApiError(error)) return null;
  if (error.status === 404) return { current: null, deleted: true };
  if (error.status !== 409) return null;
  const current = error.problem.current;
  if (
    current &&
    typeof current === 'object' &&
    typeof (current as { version?: unknown }).version === 'number'
  ) {
    return { current: current as CurrentObject, deleted: false };
  }
  return null;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (a === null && b === undefined) || (a === undefined && b === null);
}
