import { describe, expect, it } from 'vitest';
import { readCsv } from './read-csv';

describe('readCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF', () => {
    const text = '\ufeffText,Customer\r\n"Love it, ""really""",Acme\r\n"two\nlines",Globex\n\nplain,Initech';
    const { headers, records } = readCsv(text);
    expect(headers).toEqual(['text', 'customer']);
    expect(records).toEqual([
      { line: 2, values: { text: 'Love it, "really"', customer: 'Acme' } },
      { line: 3, values: { text: 'two\nlines', customer: 'Globex' } },
      { line: 6, values: { text: 'plain', customer: 'Initech' } },
    ]);
  });

  it('names the line of a row with the wrong number of fields', () => {
    expect(() => readCsv('a,b\n1,2\n3', { fileName: 'feedback.csv' })).toThrow(
      'feedback.csv:3: 1 fields where the header has 2',
    );
  });

  it('refuses an unclosed quote, a stray quote, an empty file and a repeated header', () => {
    expect(() => readCsv('a\n"open')).toThrow(/2: a quoted field is not closed/);
    expect(() => readCsv('a\nab"c')).toThrow(/2: a quote inside an unquoted field/);
    expect(() => readCsv('')).toThrow(/empty/);
    expect(() => readCsv('a,A\n1,2')).toThrow(/"a" appears twice/);
  });
});
