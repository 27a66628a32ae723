import type { Session, SignInRequest, SignUpRequest } from '@tandem/api';
import type { Kysely } from 'kysely';
import type { AppConfig } from '../config';
import type { Database } from '../db/database.types';
import { newId } from '../db/ids';
import { addMs, nowUtc } from '../db/timestamps';
import { isUniqueViolation } from '../db/unique-violation';
import { problems } from '../http/problem-error';
import { SessionCache } from '../sessions/session-cache';
import { hashToken, newToken } from '../sessions/session-token';
import { deleteSession, findLiveSession, insertSession, touchSession } from '../sessions/sessions.repository';
import { presentUser } from '../users/user.presenter';
import { findUserByEmail, findUserById, insertUser } from '../users/users.repository';
import { listWorkspacesOfUser } from '../workspaces/workspaces.repository';
import { createWorkspaceWithOwner } from '../workspaces/workspaces.service';
import type { Actor, ClientInfo } from './actor';
import { LoginThrottle } from './login-throttle.service';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords';

/** A new session: the token goes in the cookie, the view goes in the body. */
export interface IssuedSession {
  readonly token: string;
  readonly session: Session;
}

/** Only refresh `last_seen_at` this often, to keep reads from writing on every request. */
const TOUCH_INTERVAL_MS = 5 * 60_000;

export class AuthService {
  private readonly throttle: LoginThrottle;
  /** Recently seen sessions: most requests then skip reading the session row. */
  private readonly sessions = new SessionCache();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly config: Pick<AppConfig, 'sessionTtlMs' | 'loginThrottle'>,
  ) {
    this.throttle = new LoginThrottle(db, config.loginThrottle);
  }

  /** Creates the user and their personal workspace, and signs them in. 409 when the email is taken. */
  async signUp(input: SignUpRequest, client: ClientInfo): Promise<IssuedSession> {
    const email = input.email.toLowerCase();
    const passwordHash = await hashPassword(input.password);
    const now = nowUtc();
    const userId = newId();
    try {
      const issued = await this.db.transaction().execute(async (trx) => {
        if (await findUserByEmail(trx, email))
          throw problems.conflict('email', 'an account with this email exists');
        await insertUser(trx, {
          id: userId,
          email,
          name: input.name,
          password_hash: passwordHash,
          created_at: now,
          updated_at: now,
        });
        await createWorkspaceWithOwner(trx, { name: `${input.name}'s workspace`, ownerId: userId });
        return this.issueSession(trx, userId, client);
      });
      this.forgetPrevious(client);
      return issued;
    } catch (error) {
      if (isUniqueViolation(error)) throw problems.conflict('email', 'an account with this email exists');
      throw error;
    }
  }

  /**
   * Checks the password and opens a new session, deleting the one the client held (rotation).
   * Throttled: once 20 (config) failures for the email or the IP fall within 15 minutes, the
   * failure that reaches the limit and every attempt after it answer 429 with Retry-After.
   */
  async signIn(input: SignInRequest, client: ClientInfo): Promise<IssuedSession> {
    const email = input.email.toLowerCase();
    const wait = await this.throttle.retryAfterSeconds(email, client.ip);
    if (wait > 0) throw problems.tooManySignIns(wait);
    const user = await findUserByEmail(this.db, email);
    const valid = user
      ? await verifyPassword(user.password_hash, input.password)
      : await verifyAgainstDummy(input.password);
    if (!user || !valid) {
      await this.throttle.recordFailure(email, client.ip);
      const waitNow = await this.throttle.retryAfterSeconds(email, client.ip);
      if (waitNow > 0) throw problems.tooManySignIns(waitNow);
      throw problems.invalidCredentials();
    }
    const issued = await this.db.transaction().execute(async (trx) => {
      await this.throttle.recordSuccess(trx, email);
      return this.issueSession(trx, user.id, client);
    });
    this.forgetPrevious(client);
    return issued;
  }

  /**
   * Drops a rotated session from the cache once its deletion has committed: a request that read it
   * before then (another connection of the pool still saw the row) may have cached it again.
   */
  private forgetPrevious(client: ClientInfo): void {
    if (client.previousToken) this.sessions.forget(hashToken(client.previousToken));
  }

  async signOut(actor: Actor): Promise<void> {
    this.sessions.forget(actor.sessionTokenHash);
    await deleteSession(this.db, actor.sessionTokenHash);
    // again once deleted: a lookup that began before the delete may have put it back
    this.sessions.forget(actor.sessionTokenHash);
  }

  /**
   * The actor for a session cookie token, or null when absent, unknown or expired. A session seen
   * in the last 5 s is not read again (SessionCache); one deleted by another process may live that long.
   */
  async authenticate(token: string | undefined): Promise<Actor | null> {
    if (!token) return null;
    const tokenHash = hashToken(token);
    const held = this.sessions.get(tokenHash);
    if (held) return held;
    const now = nowUtc();
    const row = await findLiveSession(this.db, tokenHash, now);
    if (!row) return null;
    if (Date.parse(now) - Date.parse(row.last_seen_at) > TOUCH_INTERVAL_MS)
      await touchSession(this.db, tokenHash, now);
    const actor: Actor = {
      userId: row.user_id,
      sessionTokenHash: tokenHash,
      csrfToken: row.csrf_token,
      expiresAt: row.expires_at,
    };
    this.sessions.put(actor);
    return actor;
  }

  /** The session as `GET /auth/session` shows it. */
  async view(actor: Actor): Promise<Session> {
    return this.sessionView(this.db, actor.userId, actor.csrfToken, actor.expiresAt);
  }

  private async issueSession(
    trx: Kysely<Database>,
    userId: string,
    client: ClientInfo,
  ): Promise<IssuedSession> {
    if (client.previousToken) {
      const previousHash = hashToken(client.previousToken);
      this.sessions.forget(previousHash);
      await deleteSession(trx, previousHash);
    }
    const token = newToken();
    const now = nowUtc();
    const expiresAt = addMs(now, this.config.sessionTtlMs);
    const csrfToken = newToken();
    await insertSession(trx, {
      token_hash: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now,
      expires_at: expiresAt,
      last_seen_at: now,
      ip: client.ip,
      user_agent: client.userAgent.slice(0, 500),
    });
    return { token, session: await this.sessionView(trx, userId, csrfToken, expiresAt) };
  }

  private async sessionView(
    db: Kysely<Database>,
    userId: string,
    csrfToken: string,
    expiresAt: string,
  ): Promise<Session> {
    const user = await findUserById(db, userId);
    if (!user) throw problems.unauthenticated('the account of this session no longer exists');
    const workspaces = await listWorkspacesOfUser(db, userId);
    return {
      user: presentUser(user),
      csrfToken,
      expiresAt,
      memberships: workspaces.map((w) => ({
        workspaceId: w.workspace_id,
        workspaceName: w.name,
        role: w.role,
      })),
    };
  }
}
