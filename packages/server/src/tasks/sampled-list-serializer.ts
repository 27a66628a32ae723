import type { z } from 'zod';

/** Items of a list answer checked against the contract before it is sent (the rest are not). */
export const CHECKED_LIST_ITEMS = 200;

/**
 * A reply serializer for answers holding one long list under `key` (`{ items: [...] }`, a write's
 * `{ task, rescheduled: [...] }`): checks the rest of the answer and the list's first
 * `checkedItems` items against the route's zod schema, then sends the answer as built. The app's
 * default serializer parses the whole answer, which for a 10,000-task plan cost more than reading
 * it from the database; every item comes out of one presenter, so a sample catches contract drift
 * as well as the whole list does, and test-sized lists are still checked in full. The contracts
 * have no transforms or defaults, so the unparsed answer is what parsing would have produced.
 * Throws zod's error (a 500, like the default serializer) when the sample breaks the contract.
 * With `checkedItems` 0 nothing is checked (a server that does not check answers, see
 * responseSerializerCompiler). `itemJson` turns one item into its JSON text (a cache of it, see
 * taskJson); the list is then sent as those texts joined.
 */
export function sampledListSerializer(
  schema: z.ZodType,
  key = 'items',
  checkedItems = CHECKED_LIST_ITEMS,
  itemJson: (item: never) => string = JSON.stringify,
): (payload: unknown) => string {
  return (payload) => {
    const items = (payload as Record<string, unknown>)[key];
    if (checkedItems > 0) {
      if (!Array.isArray(items) || items.length <= checkedItems) {
        return JSON.stringify(schema.parse(payload));
      }
      schema.parse({ ...(payload as object), [key]: items.slice(0, checkedItems) });
    }
    if (!Array.isArray(items) || itemJson === JSON.stringify) return JSON.stringify(payload);
    const { [key]: _list, ...rest } = payload as Record<string, unknown>;
    const head = JSON.stringify(rest).slice(0, -1);
    const list = items.map((item) => itemJson(item as never)).join(',');
    return `${head}${head.length > 1 ? ',' : ''}${JSON.stringify(key)}:[${list}]}`;
  };
}
