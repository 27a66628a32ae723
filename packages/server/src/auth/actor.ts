/** The signed-in caller of a request, as the session hook found it. */
export interface Actor {
  readonly userId: string;
  /** SHA-256 of the session token (the sessions table key). */
  readonly sessionTokenHash: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

/** Where a sign-in comes from, for the session row and the throttle. */
export interface ClientInfo {
  readonly ip: string;
  readonly userAgent: string;
  /** The session token the client still holds, if any: rotated away at sign-in. */
  readonly previousToken: string | undefined;
}
