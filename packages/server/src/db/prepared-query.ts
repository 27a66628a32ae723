import { type Compilable, CompiledQuery, type Kysely } from 'kysely';
import type { Database } from './database.types';

/** A compiled query's text, and where each of its parameters comes from. */
interface Template {
  readonly sql: string;
  /** Per parameter: the index of the argument bound there, or a constant of the query itself. */
  readonly slots: readonly (number | { readonly value: unknown })[];
}

/**
 * A query built by `build` and compiled once per Kysely instance (per dialect): later calls only
 * bind their arguments to the compiled text. Kysely builds and compiles a query anew on every
 * call, about 25 µs, more than SQLite takes to run a point read by key, and the API's hottest
 * paths run the same few queries thousands of times a second.
 *
 * `build` must make the same SQL whatever its arguments: no branches on them, no lists; each
 * argument must be exactly one parameter of the query. The first call checks the latter (it
 * builds the query with a marker object per argument and finds each marker among the compiled
 * parameters) and throws when an argument is missing or appears twice.
 */
export function preparedQuery<Args extends unknown[], Row>(
  build: (db: Kysely<Database>, ...args: Args) => Compilable<Row>,
): (db: Kysely<Database>, ...args: Args) => Promise<Row[]> {
  const templates = new WeakMap<object, Template>();
  const templateFor = (db: Kysely<Database>, arity: number): Template => {
    const adapter = db.getExecutor().adapter;
    let template = templates.get(adapter);
    if (template) return template;
    const markers = Array.from({ length: arity }, (_, index) => ({ preparedQueryArgument: index }));
    const compiled = build(db, ...(markers as unknown as Args)).compile();
    const slots = compiled.parameters.map((parameter) => {
      const index = markers.indexOf(parameter as (typeof markers)[number]);
      return index >= 0 ? index : { value: parameter };
    });
    for (let index = 0; index < arity; index++) {
      const uses = slots.filter((slot) => slot === index).length;
      if (uses !== 1) {
        throw new Error(
          `preparedQuery: argument ${index} is ${uses === 0 ? 'not a parameter' : `${uses} parameters`} of: ${compiled.sql}`,
        );
      }
    }
    template = { sql: compiled.sql, slots };
    templates.set(adapter, template);
    return template;
  };
  return async (db, ...args) => {
    const template = templateFor(db, args.length);
    const parameters = template.slots.map((slot) => (typeof slot === 'number' ? args[slot] : slot.value));
    const result = await db.executeQuery<Row>(CompiledQuery.raw(template.sql, parameters));
    return result.rows;
  };
}
