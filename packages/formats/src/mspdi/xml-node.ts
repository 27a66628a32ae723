import { type DateTime, parseDateTime } from '@tandem/engine';
import { XMLParser } from 'fast-xml-parser';
import { FormatError } from '../errors';
import { decodeXmlText, parseDurationMinutes, parseTimeOfDay } from './mspdi-values';

/** The raw tree fast-xml-parser returns (all leaf values are strings: `parseTagValue` is off). */
export type RawElement = { [name: string]: RawValue };
export type RawValue = string | RawElement | RawValue[];

/** What an element that holds only text (or nothing) reads as when asked for its children. */
const EMPTY: RawElement = Object.freeze({}) as RawElement;

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** One step from a parent element down to a child: its name and its index among its namesakes. */
type Step = readonly [name: string, index: number];

/**
 * The source text and file name every node reports errors against. The document is parsed without
 * positions (capturing them costs about a quarter of the parse); the first error re-parses it
 * with positions (`parseLocated`) to find the element's offset. Line offsets are computed on first use.
 */
export class XmlSource {
  readonly text: string;
  readonly file: string | undefined;
  private readonly parseLocated: () => RawElement;
  private located: RawElement | undefined;
  private lineStarts: number[] | undefined;

  constructor(text: string, file: string | undefined, parseLocated: () => RawElement) {
    this.text = text;
    this.file = file;
    this.parseLocated = parseLocated;
  }

  /** Character offset of the element reached by `steps` from the document (its nearest located ancestor's when it has none). */
  offsetOf(steps: readonly Step[]): number {
    this.located ??= this.parseLocated();
    let node: RawElement = this.located;
    let offset = 0;
    for (const [name, index] of steps) {
      const value = node[name];
      const item = Array.isArray(value) ? value[index] : index === 0 ? value : undefined;
      if (item === undefined || typeof item !== 'object' || Array.isArray(item)) break;
      node = item;
      const meta = (node as unknown as Record<symbol, { startIndex?: number } | undefined>)[META];
      if (meta?.startIndex !== undefined) offset = meta.startIndex;
    }
    return offset;
  }

  /** 1-based line of a character offset. */
  lineAt(offset: number): number {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/**
 * Typed, located access to one element of the parsed document. Every accessor names the element and
 * line when the value is malformed, so readers never fail with a bare "invalid number". The element's
 * name for messages (`path`) and its line are worked out only when an error or warning needs them.
 */
export class XmlNode {
  private readonly raw: RawElement;
  private readonly source: XmlSource;
  private readonly parent: XmlNode | undefined;
  /** Name and index of this element in its parent (for a root: its name, 0). */
  private readonly name: string;
  private readonly index: number;
  /** How many namesakes this element has in its parent (a path shows the index when several). */
  private readonly siblings: number;
  private readonly label: string | undefined;

  constructor(
    raw: RawElement,
    name: string,
    source: XmlSource,
    parent?: XmlNode,
    index = 0,
    siblings = 1,
    label?: string,
  ) {
    this.raw = raw;
    this.source = source;
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.siblings = siblings;
    this.label = label;
  }

  /** The element's name in messages: `Project/Tasks/Task[3]`, or its label (e.g. `Task[UID=12]`). */
  get path(): string {
    if (this.label !== undefined) return this.label;
    const own = this.siblings > 1 ? `${this.name}[${this.index + 1}]` : this.name;
    return this.parent ? `${this.parent.path}/${own}` : own;
  }

  /** The same element under another name in error messages (e.g. `Task[UID=12]`). */
  relabel(path: string): XmlNode {
    return new XmlNode(this.raw, this.name, this.source, this.parent, this.index, this.siblings, path);
  }

  has(name: string): boolean {
    return this.raw[name] !== undefined;
  }

  /** The child elements called `name` (none when absent). */
  children(name: string): XmlNode[] {
    const value = this.raw[name];
    if (value === undefined) return [];
    const list = Array.isArray(value) ? value : [value];
    const nodes: XmlNode[] = new Array(list.length);
    for (let index = 0; index < list.length; index++) {
      const item = list[index];
      const element = typeof item === 'object' && !Array.isArray(item) ? item : EMPTY;
      nodes[index] = new XmlNode(element, name, this.source, this, index, list.length);
    }
    return nodes;
  }

  child(name: string): XmlNode | undefined {
    return this.children(name)[0];
  }

  /** Decoded text of a child element; undefined when absent (empty elements give ''). */
  text(name: string): string | undefined {
    const value = this.raw[name];
    if (value === undefined) return undefined;
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first !== 'string') {
      if (typeof first === 'object' && !Array.isArray(first) && typeof first['#text'] === 'string') {
        return this.decode(name, first['#text']);
      }
      throw this.error(name, 'expected text, found child elements');
    }
    return this.decode(name, first);
  }

  /** Non-empty text, or undefined. */
  value(name: string): string | undefined {
    const text = this.text(name);
    return text === undefined || text === '' ? undefined : text;
  }

  int(name: string): number | undefined {
    const text = this.value(name);
    if (text === undefined) return undefined;
    if (!/^[-+]?\d+$/.test(text)) throw this.error(name, `expected an integer, found "${clip(text)}"`);
    return Number(text);
  }

  num(name: string): number | undefined {
    const text = this.value(name);
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isFinite(value) || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) {
      throw this.error(name, `expected a number, found "${clip(text)}"`);
    }
    return value;
  }

  bool(name: string): boolean | undefined {
    const text = this.value(name);
    if (text === undefined) return undefined;
    if (text === '1' || text === 'true') return true;
    if (text === '0' || text === 'false') return false;
    throw this.error(name, `expected 0 or 1, found "${clip(text)}"`);
  }

  date(name: string): DateTime | undefined {
    const text = this.value(name);
    if (text === undefined) return undefined;
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) {
      throw this.error(name, `expected a date-time YYYY-MM-DDTHH:MM:SS, found "${clip(text)}"`);
    }
    try {
      return parseDateTime(text);
    } catch {
      throw this.error(name, `not a valid date: "${clip(text)}"`);
    }
  }

  /** Minutes of an ISO 8601 duration child. */
  duration(name: string): number | undefined {
    const text = this.value(name);
    if (text === undefined) return undefined;
    const minutes = parseDurationMinutes(text);
    if (minutes === null) throw this.error(name, `expected a duration like PT8H0M0S, found "${clip(text)}"`);
    return minutes;
  }

  /** Minutes after midnight of an `HH:MM:SS` child. */
  time(name: string): number | undefined {
    const text = this.value(name);
    if (text === undefined) return undefined;
    const minutes = parseTimeOfDay(text);
    if (minutes === null) throw this.error(name, `expected a time HH:MM:SS, found "${clip(text)}"`);
    return minutes;
  }

  /** A FormatError located at the child `field` (or at this element when `field` is omitted). */
  error(field: string | undefined, reason: string): FormatError {
    const own = this.source.offsetOf(this.steps());
    const at = field === undefined ? -1 : this.source.text.indexOf(`<${field}`, own);
    const offset = at >= 0 ? at : own;
    return new FormatError(reason, {
      file: this.source.file,
      line: this.source.lineAt(offset),
      element: field === undefined ? this.path : `${this.path}/${field}`,
    });
  }

  /** The steps from the document down to this element. */
  private steps(): Step[] {
    const steps: Step[] = [];
    for (let node: XmlNode | undefined = this; node; node = node.parent) steps.push([node.name, node.index]);
    return steps.reverse();
  }

  private decode(name: string, text: string): string {
    // Most values hold no reference: skip the decoder and its result object.
    if (!text.includes('&')) return text;
    const { value, unknown } = decodeXmlText(text);
    if (unknown !== undefined)
      throw this.error(name, `undeclared entity or bad character reference "&${unknown};"`);
    return value;
  }
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
