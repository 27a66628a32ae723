import { XMLParser } from 'fast-xml-parser';
import { parseElementTree } from './parse-element-tree';
import type { RawElement } from './xml-node';

/** Elements that repeat; the parser returns arrays for them even when one is present. */
export const REPEATED = new Set([
  'Calendar',
  'WeekDay',
  'WorkingTime',
  'Exception',
  'WorkWeek',
  'Task',
  'PredecessorLink',
  'Baseline',
  'ExtendedAttribute',
  'Resource',
  'Rate',
  'AvailabilityPeriod',
  'Assignment',
  'TimephasedData',
]);

/**
 * The parser of MSPDI documents (parse-element-tree.ts reads most of them faster into the same tree;
 * this one reads the rest and locates errors). MSPDI carries no attributes but the root's xmlns (checked on the
 * text); timephased data is not read: with `timephased`, its elements are kept as unparsed text
 * (stop nodes cost a path match on every element, so documents without any go without). With
 * `located`, every element records its offset in the text (slower: used only to place an error,
 * see XmlSource).
 */
function mspdiParser(located: boolean, timephased: boolean): XMLParser {
  return new XMLParser({
    ignoreAttributes: true,
    stopNodes: timephased ? ['*.TimephasedData'] : [],
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: false,
    htmlEntities: false,
    trimValues: true,
    captureMetaData: located,
    ignoreDeclaration: true,
    ignorePiTags: true,
    // Callbacks get the tag name only: building path strings for them costs a fifth of the parse.
    jPath: false,
    isArray: (name) => REPEATED.has(name),
  });
}

/** Parsers by [located][timephased], made on first use. */
const parsers: (XMLParser | undefined)[][] = [
  [undefined, undefined],
  [undefined, undefined],
];

export function parserFor(located: boolean, timephased: boolean): XMLParser {
  const row = parsers[located ? 1 : 0];
  const column = timephased ? 1 : 0;
  row[column] ??= mspdiParser(located, timephased);
  return row[column];
}

/**
 * The element tree of an MSPDI document that guardXmlInput has checked: read by parseElementTree,
 * or by fast-xml-parser for what that one leaves to it (the same tree either way).
 */
export function parseMspdiTree(body: string, timephased: boolean): RawElement {
  return (
    parseElementTree(body, { repeated: REPEATED, rawElement: timephased ? 'TimephasedData' : null }) ??
    (parserFor(false, timephased).parse(body) as RawElement)
  );
}
