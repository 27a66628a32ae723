/** Where a document stops being well-formed XML, and why. */
export interface Malformation {
  /** Character offset of the problem in the text. */
  readonly offset: number;
  readonly reason: string;
}

const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** XML name start characters: ASCII letters, `_`, `:`, and (loosely) any non-ASCII character. */
function isNameStart(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    code === 0x5f ||
    code === 0x3a ||
    code >= 0xc0
  );
}

function isNameChar(code: number): boolean {
  return (
    isNameStart(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2e || code === 0xb7
  );
}

/** Offset just past the name starting at `at`, or -1 when no name starts there. */
function nameEnd(text: string, at: number): number {
  if (!isNameStart(text.charCodeAt(at))) return -1;
  let k = at + 1;
  while (k < text.length && isNameChar(text.charCodeAt(k))) k++;
  return k;
}

function skipBlanks(text: string, at: number): number {
  let k = at;
  while (k < text.length && isBlank(text.charCodeAt(k))) k++;
  return k;
}

/**
 * A single linear scan for the structural faults of XML: unbalanced or mismatched tags, a document
 * cut short, text or a second element outside the root, bad tag or attribute syntax, unclosed
 * comments, CDATA sections and processing instructions. It allocates nothing per element, so it
 * costs a fraction of a full validator; names are checked loosely (any non-ASCII character passes).
 * Declarations (`<!DOCTYPE`, `<!ENTITY`) are reported as malformed: callers refuse them first with
 * a clearer message.
 * @returns null when the structure is sound, else the first fault.
 */
export function findMalformation(text: string): Malformation | null {
  const n = text.length;
  // The open elements, as offset and length of their names in `text` (no strings are cut out).
  let nameAt: Int32Array = new Int32Array(64);
  let nameLength: Int32Array = new Int32Array(64);
  let depth = 0;
  let rootSeen = false;
  let i = 0;
  for (;;) {
    const lt = text.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (depth === 0) {
      for (let k = i; k < textEnd; k++) {
        if (!isBlank(text.charCodeAt(k))) return { offset: k, reason: 'text outside the root element' };
      }
    }
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);
    if (next === SLASH) {
      const end = nameEnd(text, lt + 2);
      if (end < 0) return { offset: lt, reason: 'a closing tag without a name' };
      const gt = skipBlanks(text, end);
      if (text.charCodeAt(gt) !== GT) return { offset: lt, reason: 'a closing tag not closed by ">"' };
      if (depth === 0) return { offset: lt, reason: 'a closing tag with no element open' };
      const length = end - lt - 2;
      const at = nameAt[depth - 1];
      if (length !== nameLength[depth - 1] || !sameText(text, at, lt + 2, length)) {
        return {
          offset: lt,
          reason: `closing tag </${text.slice(lt + 2, end)}> does not match <${text.slice(at, at + nameLength[depth - 1])}>`,
        };
      }
      depth--;
      i = gt + 1;
      continue;
    }
    if (next === QUESTION) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) return { offset: lt, reason: 'an unclosed processing instruction' };
      i = end + 2;
      continue;
    }
    if (next === BANG) {
      if (text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt + 4);
        if (end < 0) return { offset: lt, reason: 'an unclosed comment' };
        i = end + 3;
        continue;
      }
      if (text.startsWith('<![CDATA[', lt) && depth > 0) {
        const end = text.indexOf(']]>', lt + 9);
        if (end < 0) return { offset: lt, reason: 'an unclosed CDATA section' };
        i = end + 3;
        continue;
      }
      return { offset: lt, reason: 'a declaration or misplaced CDATA section' };
    }
    if (depth === 0 && rootSeen) return { offset: lt, reason: 'a second root element' };
    const end = nameEnd(text, lt + 1);
    if (end < 0) return { offset: lt, reason: 'a tag without a valid name' };
    // Attributes: name = "value" or 'value', until ">" or "/>".
    let k = end;
    let selfClosing = false;
    for (;;) {
      const afterBlanks = skipBlanks(text, k);
      const code = text.charCodeAt(afterBlanks);
      if (code === GT) {
        k = afterBlanks + 1;
        break;
      }
      if (code === SLASH && text.charCodeAt(afterBlanks + 1) === GT) {
        k = afterBlanks + 2;
        selfClosing = true;
        break;
      }
      if (afterBlanks === k) return { offset: lt, reason: 'a tag not closed by ">"' };
      const attributeEnd = nameEnd(text, afterBlanks);
      if (attributeEnd < 0) return { offset: lt, reason: 'bad attribute syntax in a tag' };
      const equals = skipBlanks(text, attributeEnd);
      if (text.charCodeAt(equals) !== EQUALS) return { offset: lt, reason: 'an attribute without a value' };
      const open = skipBlanks(text, equals + 1);
      const quote = text.charCodeAt(open);
      if (quote !== QUOTE && quote !== APOSTROPHE)
        return { offset: lt, reason: 'an unquoted attribute value' };
      const close = text.indexOf(quote === QUOTE ? '"' : "'", open + 1);
      if (close < 0) return { offset: lt, reason: 'an unclosed attribute value' };
      const lessThan = text.indexOf('<', open + 1);
      if (lessThan >= 0 && lessThan < close) return { offset: lt, reason: 'a "<" inside an attribute value' };
      k = close + 1;
    }
    rootSeen = true;
    if (!selfClosing) {
      if (depth === nameAt.length) {
        nameAt = grow(nameAt);
        nameLength = grow(nameLength);
      }
      nameAt[depth] = lt + 1;
      nameLength[depth] = end - lt - 1;
      depth++;
    }
    i = k;
  }
  if (depth > 0) return { offset: n, reason: 'the input ends inside an element' };
  if (!rootSeen) return { offset: 0, reason: 'no root element' };
  return null;
}

/** Do the `length` characters of `text` at `a` and at `b` agree? */
function sameText(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

function grow(array: Int32Array): Int32Array {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}
