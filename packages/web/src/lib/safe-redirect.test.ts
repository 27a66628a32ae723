import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from './safe-redirect';

describe('safeRedirectTarget', () => {
  it('returns to a page of the app', () => {
    expect(safeRedirectTarget('/w/abc/projects?view=list')).toBe('/w/abc/projects?view=list');
  });
  it('never leaves the origin', () => {
    expect(safeRedirectTarget('https://evil.example/')).toBe('/');
    expect(safeRedirectTarget('//evil.example/')).toBe('/');
    expect(safeRedirectTarget('/\\evil.example/')).toBe('/');
  });
  it('does not loop back to the sign-in pages', () => {
    expect(safeRedirectTarget('/sign-in?redirect=/x')).toBe('/');
    expect(safeRedirectTarget(undefined)).toBe('/');
  });
});
