// Breaks the cycle between the query client (which sees every 401) and the router (which
// navigates): the router registers how to reach the sign-in page, the query client calls it.

type Handler = () => void;

let handler: Handler | null = null;

/** Set by the router once it exists. */
export function onUnauthenticated(next: Handler): void {
  handler = next;
}

/** Sends the user to the sign-in page, keeping where they were. */
export function redirectToSignIn(): void {
  handler?.();
}
