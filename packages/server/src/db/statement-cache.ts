import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Wraps a better-sqlite3 database so that Kysely, which prepares every query anew, reuses
 * prepared statements: the API runs the same few dozen SQL texts over and over, and preparing one
 * costs about as much as running a small query. Least recently used statements beyond `capacity`
 * are dropped (texts with variable `in (…)` lists come and go). A statement still busy (an
 * unfinished `iterate`) is not shared: the caller gets a fresh one.
 */
export function withStatementCache(database: SqliteDatabase, capacity = 1000): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close() {
      cache.clear();
      database.close();
    },
    prepare(sql: string): SqliteStatement {
      const cached = cache.get(sql);
      if (cached && !(cached as { busy?: boolean }).busy) {
        // re-insert: Map keeps insertion order, so the first key is the least recently used
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      if (cached) return statement;
      cache.set(sql, statement);
      if (cache.size > capacity) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      return statement;
    },
  };
}
