/** Where in a file a problem sits: every field is optional because not every reader knows all of them. */
export interface FormatErrorLocation {
  /** File name as given by the caller (a path or a label). */
  readonly file?: string;
  /** 1-based line of the offending text. */
  readonly line?: number;
  /** The element or field at fault, e.g. `Task[UID=12]/PredecessorLink/PredecessorUID`. */
  readonly element?: string;
}

/**
 * Input a reader cannot accept (malformed, hostile, inconsistent). The message starts with
 * `file:line:` when those are known, then names the element, so the CLI can print it as is.
 */
export class FormatError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly element: string | undefined;
  /** The message without the location prefix. */
  readonly reason: string;

  constructor(reason: string, location: FormatErrorLocation = {}) {
    super(formatMessage(reason, location));
    this.name = 'FormatError';
    this.file = location.file;
    this.line = location.line;
    this.element = location.element;
    this.reason = reason;
  }
}

function formatMessage(reason: string, { file, line, element }: FormatErrorLocation): string {
  const where = [file, line === undefined ? undefined : String(line)].filter((part) => part !== undefined);
  const prefix = where.length > 0 ? `${where.join(':')}: ` : '';
  const subject = element ? `<${element}>: ` : '';
  return `${prefix}${subject}${reason}`;
}
