import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache';

describe('prepared statement cache', () => {
  it('prepares each SQL text once and keeps answering correctly', () => {
    const sqlite = new SqliteDatabase(':memory:');
    let prepared = 0;
    const counting = {
      close: () => sqlite.close(),
      prepare: (sql: string) => {
        prepared++;
        return sqlite.prepare(sql);
      },
    };
    const db = withStatementCache(counting);
    db.prepare('create table t (n integer)').run([]);
    for (let n = 0; n < 5; n++) db.prepare('insert into t (n) values (?)').run([n]);
    expect(db.prepare('select sum(n) as s from t').all([])).toEqual([{ s: 10 }]);
    expect(db.prepare('select sum(n) as s from t').all([])).toEqual([{ s: 10 }]);
    expect(prepared).toBe(3);
    db.close();
  });

  it('drops the least recently used statement beyond its capacity', () => {
    const sqlite = new SqliteDatabase(':memory:');
    const texts: string[] = [];
    const db = withStatementCache(
      {
        close: () => sqlite.close(),
        prepare: (sql: string) => {
          texts.push(sql);
          return sqlite.prepare(sql);
        },
      },
      2,
    );
    db.prepare('select 1');
    db.prepare('select 2');
    db.prepare('select 1');
    db.prepare('select 3'); // evicts "select 2", the least recently used
    db.prepare('select 1');
    db.prepare('select 2');
    expect(texts).toEqual(['select 1', 'select 2', 'select 3', 'select 2']);
    db.close();
  });

  it('hands out a fresh statement while the cached one is still iterating', () => {
    const sqlite = new SqliteDatabase(':memory:');
    const db = withStatementCache(sqlite);
    const sql = 'select value from json_each(?)';
    const first = db.prepare(sql).iterate(['[1,2,3]']);
    expect(first.next().value).toEqual({ value: 1 });
    expect(db.prepare(sql).all(['[7]'])).toEqual([{ value: 7 }]);
    expect([...first]).toEqual([{ value: 2 }, { value: 3 }]);
    db.close();
  });
});
