import { describe, expect, it } from 'vitest';
import { parseAllowedOrigins, refuseOrigin } from './origin-check';

describe('live socket origins', () => {
  it('allows the server itself, the allow list and clients that send no Origin', () => {
    expect(refuseOrigin('http://localhost:4000', 'localhost:4000', [])).toBeNull();
    expect(
      refuseOrigin('https://plan.example.com', 'localhost:4000', ['https://plan.example.com']),
    ).toBeNull();
    expect(refuseOrigin(undefined, 'localhost:4000', [])).toBeNull();
  });

  it('refuses other origins, opaque origins and garbage with a reason', () => {
    expect(refuseOrigin('https://evil.example', 'localhost:4000', [])).toMatch(
      /evil\.example.*localhost:4000/,
    );
    expect(refuseOrigin('http://localhost:4001', 'localhost:4000', [])).toMatch(/neither/);
    expect(refuseOrigin('null', 'localhost:4000', [])).toMatch(/opaque/);
    expect(refuseOrigin('::::', 'localhost:4000', [])).toMatch(/not a URL/);
  });

  it('reads TANDEM_ALLOWED_ORIGINS and names a bad entry', () => {
    expect(parseAllowedOrigins(undefined)).toEqual([]);
    expect(parseAllowedOrigins(' https://a.example , http://b.example:8080/ ')).toEqual([
      'https://a.example',
      'http://b.example:8080',
    ]);
    expect(() => parseAllowedOrigins('https://a.example/path')).toThrow(/"https:\/\/a\.example\/path"/);
    expect(() => parseAllowedOrigins('ftp://a.example')).toThrow(/ftp/);
  });
});
