import { FormatError } from '../errors';

/** One data row of a CSV file: its values by (trimmed, lower-cased) header, and its 1-based line. */
export interface CsvRecord {
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

export interface ReadCsvOptions {
  /** Used in error messages. */
  readonly fileName?: string;
  /** Refuse longer input, in characters (default 10 MB). */
  readonly maxChars?: number;
  /** Refuse more data rows (default 100,000). */
  readonly maxRows?: number;
}

/**
 * Reads RFC 4180 CSV: comma separated, fields optionally in double quotes (a quote inside doubled,
 * commas and line breaks allowed inside), CRLF or LF line ends, a header row first. A leading
 * UTF-8 byte-order mark is ignored; blank lines are skipped. Errors name the line (and column).
 */
export function readCsv(
  text: string,
  options: ReadCsvOptions = {},
): { headers: string[]; records: CsvRecord[] } {
  const file = options.fileName;
  if (text.length > (options.maxChars ?? 10_000_000)) {
    throw new FormatError(`the file is larger than ${options.maxChars ?? 10_000_000} characters`, { file });
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let fieldStarted = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 1;
        } else {
          quoted = false;
        }
      } else {
        if (c === '\n') line += 1;
        field += c;
      }
      continue;
    }
    if (c === '"') {
      if (field !== '' || fieldStarted) {
        throw new FormatError(
          'a quote inside an unquoted field (quote the whole field and double inner quotes)',
          { file, line },
        );
      }
      quoted = true;
      fieldStarted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      fieldStarted = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i += 1;
      fields.push(field);
      if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
      fields = [];
      field = '';
      fieldStarted = false;
      line += 1;
      rowLine = line;
    } else {
      if (fieldStarted && field === '' && source[i - 1] === '"') {
        throw new FormatError('text after a closing quote', { file, line });
      }
      field += c;
    }
  }
  if (quoted)
    throw new FormatError('a quoted field is not closed before the end of the file', { file, line: rowLine });
  fields.push(field);
  if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });

  if (rows.length === 0) throw new FormatError('the file is empty: a header row is needed', { file });
  const headers = rows[0].fields.map((h) => h.trim().toLowerCase());
  const seen = new Set<string>();
  for (const header of headers) {
    if (header === '') throw new FormatError('a column has no header', { file, line: rows[0].line });
    if (seen.has(header))
      throw new FormatError(`the column "${header}" appears twice`, { file, line: rows[0].line });
    seen.add(header);
  }
  const maxRows = options.maxRows ?? 100_000;
  if (rows.length - 1 > maxRows) throw new FormatError(`more than ${maxRows} rows`, { file });
  const records = rows.slice(1).map((row) => {
    if (row.fields.length !== headers.length) {
      throw new FormatError(`${row.fields.length} fields where the header has ${headers.length}`, {
        file,
        line: row.line,
      });
    }
    const values: Record<string, string> = {};
    headers.forEach((header, i) => {
      values[header] = row.fields[i];
    });
    return { line: row.line, values };
  });
  return { headers, records };
}
