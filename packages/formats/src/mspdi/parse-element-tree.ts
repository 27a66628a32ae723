import type { RawElement, RawValue } from './xml-node';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** What the tree reader needs to know of the document's vocabulary. */
export interface ElementTreeOptions {
  /** Elements always read as arrays, even when one is present. */
  readonly repeated: ReadonlySet<string>;
  /** An element whose content is kept as unparsed text (MSPDI's TimephasedData), or null. */
  readonly rawElement: string | null;
}

/**
 * Reads well-formed XML (guard-input.ts has checked it) into the tree fast-xml-parser returns with
 * read-mspdi.ts's options: attributes, comments, processing instructions and the declaration
 * dropped; an element with text only (or nothing) is its trimmed text, an element with children
 * an object of them by name; `repeated` names and names seen twice in one parent become arrays;
 * entity references are left as written. One scan with `indexOf`, no per-character callbacks and
 * no path strings: about five times faster than fast-xml-parser on a 10,000-task file.
 *
 * The input must have passed guardXmlInput; other text may throw (never loop).
 * Returns null for what it does not read the same way (CDATA sections, text mixed with child
 * elements or cut by a comment, a `__proto__` element): the caller then uses fast-xml-parser.
 */
export function parseElementTree(body: string, options: ElementTreeOptions): RawElement | null {
  if (body.includes('<![CDATA[')) return null;
  const { repeated, rawElement } = options;
  const document: RawElement = {};
  // Open elements: their names, their children (null until the first one) and their text.
  const names: string[] = [];
  const children: (RawElement | null)[] = [];
  const texts: string[] = [];
  let depth = 0;
  let i = 0;
  for (;;) {
    const lt = body.indexOf('<', i);
    if (lt < 0) break;
    if (depth > 0 && lt > i) {
      const text = trimmed(body, i, lt);
      if (text !== '') {
        if (texts[depth - 1] !== '') return null;
        texts[depth - 1] = text;
      }
    }
    const next = body.charCodeAt(lt + 1);
    if (next === SLASH) {
      depth--;
      const own = children[depth];
      const text = texts[depth];
      if (own !== null && text !== '') return null;
      add(containerAt(document, children, depth), names[depth], own ?? text, repeated);
      i = end(body, '>', lt + 2);
      continue;
    }
    if (next === QUESTION) {
      i = end(body, '?>', lt + 2);
      continue;
    }
    if (next === BANG) {
      if (!body.startsWith('<!--', lt)) return null;
      i = end(body, '-->', lt + 4);
      continue;
    }
    let nameEnd = lt + 1;
    for (let code = body.charCodeAt(nameEnd); ; code = body.charCodeAt(++nameEnd)) {
      if (code === GT || code === SLASH || isBlank(code) || Number.isNaN(code)) break;
    }
    const name = body.slice(lt + 1, nameEnd);
    if (name === '__proto__') return null;
    const gt = tagEnd(body, nameEnd);
    i = gt + 1;
    if (body.charCodeAt(gt - 1) === SLASH) {
      add(containerAt(document, children, depth), name, '', repeated);
      continue;
    }
    if (name === rawElement && depth > 0) {
      // Kept as written, blanks included, as fast-xml-parser keeps its stop nodes.
      const close = end(body, `</${name}`, i) - name.length - 2;
      add(containerAt(document, children, depth), name, body.slice(i, close), repeated);
      i = end(body, '>', close);
      continue;
    }
    names[depth] = name;
    children[depth] = null;
    texts[depth] = '';
    depth++;
  }
  return document;
}

/** Offset just past the next `token` from `from`; unchecked input that lacks it is refused. */
function end(body: string, token: string, from: number): number {
  const at = body.indexOf(token, from);
  if (at < 0) throw new Error(`parseElementTree: no "${token}" after offset ${from} (input not checked)`);
  return at + token.length;
}

/** Offset of the `>` that ends the tag whose attributes start at `at` (quoted values may hold `>`). */
function tagEnd(body: string, at: number): number {
  let k = at;
  for (let code = body.charCodeAt(k); code !== GT; code = body.charCodeAt(++k)) {
    if (code === QUOTE || code === APOSTROPHE) k = end(body, code === QUOTE ? '"' : "'", k + 1) - 1;
    else if (code === LT || Number.isNaN(code)) throw new Error('parseElementTree: unchecked input');
  }
  return k;
}

/** The text between `from` and `to` without leading and trailing blanks ('' when blank). */
function trimmed(body: string, from: number, to: number): string {
  let a = from;
  let b = to;
  while (a < b && isBlank(body.charCodeAt(a))) a++;
  while (b > a && isBlank(body.charCodeAt(b - 1))) b--;
  return a === b ? '' : body.slice(a, b);
}

/** The object the children of the element open at `depth` go into (the document's at depth 0). */
function containerAt(document: RawElement, children: (RawElement | null)[], depth: number): RawElement {
  if (depth === 0) return document;
  let own = children[depth - 1];
  if (own === null) {
    own = {};
    children[depth - 1] = own;
  }
  return own;
}

function add(parent: RawElement, name: string, value: RawValue, repeated: ReadonlySet<string>): void {
  const before = parent[name];
  if (before === undefined) parent[name] = repeated.has(name) ? [value] : value;
  else if (Array.isArray(before)) before.push(value);
  else parent[name] = [before, value];
}
