/**
 * Lists typed one item a line (strengths, weaknesses, links): blank lines and surrounding spaces
 * are dropped, so what is saved is exactly the points a reader sees.
 */
export function linesToPoints(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The textarea text for a saved list: one point a line. */
export function pointsToLines(points: readonly string[]): string {
  return points.join('\n');
}

const HTTP_URL = /^https?:\/\/[^\s]+$/;

/** The first line that is not an http(s) URL, as "line 2 is not…", or null when all are. */
export function badLinkLine(text: string): string | null {
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line !== '' && !HTTP_URL.test(line)) return `Line ${index + 1} is not an http(s) URL`;
  }
  return null;
}

/** "example.com" for a link (the whole text when it cannot be read as a URL). */
export function linkHost(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}
