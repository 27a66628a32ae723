import type { Kysely, Selectable } from 'kysely';
import type { Database, UsersTable } from '../db/database.types';

// `users` is a global (reference) table: found by email at sign-in, before any workspace is known.

export type UserRow = Selectable<UsersTable>;

export async function insertUser(db: Kysely<Database>, row: UserRow): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}
