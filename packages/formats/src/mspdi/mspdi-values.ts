/**
 * Scalar value syntax of MSPDI: ISO 8601 durations (`PT8H0M0S`), times of day, and XML text with the
 * predefined entities (the parser runs with entity processing off, so they are decoded here).
 */

const DURATION =
  /^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Parses an MSPDI duration (`PT8H0M0S`, `PT0.5H`, `P1DT2H`) into whole minutes (rounded). Days count
 * 24 hours, as in XML Schema; Microsoft Project itself only writes hours, minutes and seconds.
 * Returns null when the text is not a duration.
 */
export function parseDurationMinutes(text: string): number | null {
  const match = DURATION.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return null;
  const [, minus, d = '0', h = '0', m = '0', s = '0'] = match;
  const minutes = Number(d) * 1440 + Number(h) * 60 + Number(m) + Number(s) / 60;
  const rounded = Math.round(minutes);
  return minus ? -rounded : rounded;
}

/** Formats whole minutes as Microsoft Project does: `PT8H30M0S` (hours may exceed 24). */
export function formatDurationMinutes(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(Math.round(minutes));
  return `${sign}PT${Math.floor(abs / 60)}H${abs % 60}M0S`;
}

/** Parses `HH:MM[:SS]` into minutes after midnight; null when malformed. */
export function parseTimeOfDay(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/** Formats minutes after midnight as `HH:MM:SS`; 1440 (end of day) is written as `00:00:00`. */
export function formatTimeOfDay(minutes: number): string {
  const wrapped = minutes % 1440;
  const hh = String(Math.floor(wrapped / 60)).padStart(2, '0');
  const mm = String(wrapped % 60).padStart(2, '0');
  return `${hh}:${mm}:00`;
}

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

/**
 * Decodes XML's five predefined entities and character references. Any other entity reference is
 * undeclared (documents with a DOCTYPE are refused before parsing), so it is reported by returning
 * its name in `unknown`.
 */
export function decodeXmlText(text: string): { value: string; unknown?: string } {
  if (!text.includes('&')) return { value: text };
  let unknown: string | undefined;
  const value = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      if (code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
      unknown ??= ref;
      return whole;
    }
    const decoded = PREDEFINED_ENTITIES[ref];
    if (decoded === undefined) unknown ??= ref;
    return decoded ?? whole;
  });
  return unknown === undefined ? { value } : { value, unknown };
}

/** Escapes text for element content and attribute values; drops characters XML 1.0 cannot hold. */
export function escapeXmlText(text: string): string {
  return dropControlCharacters(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Removes C0 control characters other than tab, line feed and carriage return. */
function dropControlCharacters(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) {
      out += text.slice(start, i);
      start = i + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}
