import { XMLValidator } from 'fast-xml-parser';
import { FormatError } from '../errors';
import { findMalformation } from './check-well-formed';

/** Default ceiling on input size: 100 MB (the largest real MSPDI files are a few MB). */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

/**
 * Refuses hostile or broken XML before any parsing: oversized input, non-XML content, DOCTYPE and
 * entity declarations (billion laughs, external entities), and malformed or truncated documents
 * (check-well-formed.ts; fast-xml-parser's validator then words the error). Every check is linear
 * in the input, so a refusal never takes long.
 * Returns the text without a leading byte-order mark.
 */
export function guardXmlInput(text: string, options: { file?: string; maxBytes?: number } = {}): string {
  const file = options.file;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // Characters, not bytes: a string's length never exceeds its UTF-8 size and costs nothing to read.
  // Callers reading files should also check the size on disk before reading (the CLI does).
  if (text.length > maxBytes) {
    throw new FormatError(`input is ${formatSize(text.length)}, over the ${formatSize(maxBytes)} limit`, {
      file,
    });
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = /\S/.exec(body.length > 4096 ? body.slice(0, 4096) : body);
  if (!first) throw new FormatError('input is empty', { file, line: 1 });
  if (body[first.index] !== '<') {
    throw new FormatError(`not XML: the first character is ${describeChar(body[first.index])}, not "<"`, {
      file,
      line: lineOf(body, first.index),
    });
  }
  const declaration = findDeclaration(body);
  if (declaration) {
    const { kind, index } = declaration;
    throw new FormatError(
      `${kind} declarations are refused (they enable entity expansion and external entity attacks); MSPDI files never need one`,
      { file, line: lineOf(body, index), element: `!${kind}` },
    );
  }
  // A fast structural scan; the full validator runs only to explain a fault it finds.
  const fault = findMalformation(body);
  if (fault) {
    const result = XMLValidator.validate(body, { allowBooleanAttributes: true });
    if (result !== true) throw validationError(body, result.err, file);
    throw new FormatError(`malformed XML: ${fault.reason}`, { file, line: lineOf(body, fault.offset) });
  }
  return body;
}

/** The first `<!DOCTYPE` or `<!ENTITY` (any case): `<!` is rare, so this jumps between them. */
function findDeclaration(body: string): { kind: string; index: number } | undefined {
  for (let at = body.indexOf('<!'); at !== -1; at = body.indexOf('<!', at + 2)) {
    const word = body.slice(at + 2, at + 9).toUpperCase();
    if (word.startsWith('DOCTYPE')) return { kind: 'DOCTYPE', index: at };
    if (word.startsWith('ENTITY')) return { kind: 'ENTITY', index: at };
  }
  return undefined;
}

/** Turns the validator's report into a FormatError naming the element and line. */
function validationError(
  body: string,
  { line, msg }: { line: number; msg: string },
  file: string | undefined,
): FormatError {
  // At end of input the validator lists the still-open elements: "Invalid '["Project","Tasks"]' found."
  const open = /^Invalid '(\[[\s\S]*\])' found/.exec(msg);
  if (open) {
    const names = (JSON.parse(open[1]) as string[]).map(String);
    const innermost = names[names.length - 1];
    return new FormatError(
      `truncated XML: the input ends inside <${innermost}> (still open: ${names.join(' > ')})`,
      {
        file,
        line: lineOf(body, body.length),
        element: innermost,
      },
    );
  }
  const name = /'([^']+)'/.exec(msg)?.[1];
  const element = name === undefined ? undefined : printable(name);
  const truncated = /unclosed|doesn't have proper closing|not closed|Unexpected end/i.test(msg);
  return new FormatError(
    `${truncated ? 'malformed or truncated XML' : 'malformed XML'}: ${printable(msg, 200)}`,
    {
      file,
      line,
      element,
    },
  );
}

/** Garbage stays out of messages: control and replacement characters become "?", long text is clipped. */
function printable(text: string, max = 40): string {
  const clean = text.replace(/[^\x20-\x7e\u00a0-\ufffc]/g, '?');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${bytes} bytes`;
}

function describeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x20 && code < 0x7f ? `"${char}"` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
