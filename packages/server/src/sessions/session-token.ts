import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new unguessable token: 32 random bytes, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the database keeps of a session token: its SHA-256, hex. Every API request hashes its
 * cookie: the one-shot `hash` builds no Hash object (a quarter of `createHash`'s time).
 */
export function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}

/** Constant-time string comparison (for CSRF tokens). */
export function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
