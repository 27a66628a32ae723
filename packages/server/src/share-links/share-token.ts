import { createHash, randomBytes } from 'node:crypto';

/** Random bytes in a share token: 256 bits, far past guessing (the brief asks for at least 128). */
const TOKEN_BYTES = 32;

/** A new share token, base64url (43 characters). */
export function newShareToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** What is stored and looked up: the token's SHA-256, hex. A leaked database row cannot be replayed. */
export function hashShareToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
