import { type DateTime, formatDateTime } from '@tandem/engine';
import { escapeXmlText } from './mspdi-values';

type Scalar = string | number | boolean | null | undefined;

/**
 * A small indented XML writer. Elements whose value is undefined or null are left out, booleans are
 * written as 1/0 (MSPDI's convention), and all text is escaped.
 */
export class XmlBuilder {
  private readonly lines: string[] = [];
  private depth = 0;

  open(name: string, attributes: Record<string, string> = {}): this {
    const attrs = Object.entries(attributes)
      .map(([key, value]) => ` ${key}="${escapeXmlText(value)}"`)
      .join('');
    this.lines.push(`${this.indent()}<${name}${attrs}>`);
    this.depth++;
    return this;
  }

  close(name: string): this {
    this.depth--;
    this.lines.push(`${this.indent()}</${name}>`);
    return this;
  }

  /** `<name>value</name>`, skipped when value is undefined or null. */
  leaf(name: string, value: Scalar): this {
    if (value === undefined || value === null) return this;
    const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
    this.lines.push(`${this.indent()}<${name}>${escapeXmlText(text)}</${name}>`);
    return this;
  }

  /** A date-time leaf (`YYYY-MM-DDTHH:MM:SS`). */
  date(name: string, value: DateTime | null | undefined): this {
    return this.leaf(name, value === undefined || value === null ? undefined : formatDateTime(value));
  }

  /** `<name>…</name>` around whatever `body` writes. */
  element(name: string, body: () => void): this {
    this.open(name);
    body();
    return this.close(name);
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }

  private indent(): string {
    return '  '.repeat(this.depth);
  }
}

/** MSPDI wants integer UIDs: keep ids that already are positive integers, else number them 1, 2, … */
export function uidMap(ids: readonly string[]): Map<string, string> {
  const numeric = ids.every((id) => /^[1-9]\d{0,9}$/.test(id));
  return new Map(ids.map((id, index) => [id, numeric ? id : String(index + 1)]));
}
