/** One resource as the sheet's resources column holds it: `Ada[50%]`. */
export interface ResourceEntry {
  readonly resourceId: string;
  /** Percent; 100 when the text gives none. */
  readonly units: number;
}

export type ResourceParse =
  | { readonly ok: true; readonly entries: readonly ResourceEntry[] }
  | { readonly ok: false; readonly error: string };

export interface NamedResource {
  readonly id: string;
  readonly name: string;
}

export interface UnitsAssignment {
  readonly id: string;
  readonly resourceId: string;
  readonly units: number;
}

const ENTRY = /^(.*?)\s*(?:\[\s*(\d+(?:[.,]\d+)?)\s*%?\s*\])?$/;

/**
 * Reads Microsoft Project's resource names column: names separated by commas or semicolons, each
 * with optional units in brackets (`Ada[50%], Bob`). Names match the workspace's resources
 * ignoring case; an unknown name or a resource listed twice is an error naming it.
 */
export function parseResources(text: string, resources: readonly NamedResource[]): ResourceParse {
  const byName = new Map(resources.map((resource) => [resource.name.trim().toLowerCase(), resource]));
  const entries: ResourceEntry[] = [];
  const seen = new Set<string>();
  for (const part of text.split(/[,;]/).map((p) => p.trim())) {
    if (part === '') continue;
    const match = ENTRY.exec(part);
    const name = match?.[1].trim() ?? '';
    if (!match || name === '')
      return { ok: false, error: `“${part}” is not a resource (write a name, e.g. Ada[50%])` };
    const resource = byName.get(name.toLowerCase());
    if (!resource)
      return { ok: false, error: `No resource is named “${name}”: add it in the Resources view first` };
    if (seen.has(resource.id)) return { ok: false, error: `${resource.name} is listed twice` };
    seen.add(resource.id);
    const units = match[2] === undefined ? 100 : Number(match[2].replace(',', '.'));
    if (!(units > 0)) return { ok: false, error: `Units of ${resource.name} must be more than 0%` };
    entries.push({ resourceId: resource.id, units });
  }
  return { ok: true, entries };
}

/** Writes a task's assignments as `Ada[50%], Bob` (100 % is left out), in the order given. */
export function formatResources(
  assignments: readonly UnitsAssignment[],
  nameOf: ReadonlyMap<string, string>,
): string {
  return assignments
    .flatMap((assignment) => {
      const name = nameOf.get(assignment.resourceId);
      if (name === undefined) return [];
      return [assignment.units === 100 ? name : `${name}[${Number(assignment.units.toFixed(2))}%]`];
    })
    .join(', ');
}

/** The assignment writes that turn a task's assignments into the typed ones. */
export function diffResources<A extends UnitsAssignment>(
  current: readonly A[],
  wanted: readonly ResourceEntry[],
): {
  readonly create: readonly ResourceEntry[];
  readonly update: readonly { readonly assignment: A; readonly units: number }[];
  readonly remove: readonly A[];
} {
  const byResource = new Map(current.map((a) => [a.resourceId, a]));
  const create: ResourceEntry[] = [];
  const update: { assignment: A; units: number }[] = [];
  for (const entry of wanted) {
    const assignment = byResource.get(entry.resourceId);
    if (!assignment) create.push(entry);
    else if (assignment.units !== entry.units) update.push({ assignment, units: entry.units });
  }
  const wantedIds = new Set(wanted.map((e) => e.resourceId));
  return { create, update, remove: current.filter((a) => !wantedIds.has(a.resourceId)) };
}
