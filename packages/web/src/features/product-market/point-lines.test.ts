import { describe, expect, it } from 'vitest';
import { badLinkLine, linesToPoints, linkHost, pointsToLines } from './point-lines';

describe('lists typed one item a line', () => {
  it('keeps each non-blank line, trimmed, in order', () => {
    expect(linesToPoints('  Fast sync \n\n\r\nGreat mobile app\r\n   ')).toEqual([
      'Fast sync',
      'Great mobile app',
    ]);
  });
  it('reads back what it wrote', () => {
    const points = ['Cheap', 'Known brand'];
    expect(linesToPoints(pointsToLines(points))).toEqual(points);
  });
  it('names the first line that is not a web link, counting blank lines', () => {
    expect(badLinkLine('https://a.example/x\n\nftp://files.example')).toBe('Line 3 is not an http(s) URL');
    expect(badLinkLine('https://a.example\n http://b.example/path?q=1 ')).toBeNull();
  });
  it('shows a link by its host without www', () => {
    expect(linkHost('https://www.gartner.com/en/articles/x')).toBe('gartner.com');
    expect(linkHost('not a url')).toBe('not a url');
  });
});
