import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../errors';
import { mspdi, task } from './mspdi-fixtures';
import { readMspdi } from './read-mspdi';

const SAMPLES = new URL('../../../../../shared/samples/mspdi/', import.meta.url);

/** Runs readMspdi and returns the FormatError it must throw. */
function refusal(text: string, options: { maxBytes?: number } = {}): FormatError {
  try {
    readMspdi(text, { fileName: 'hostile.xml', ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
    return error as FormatError;
  }
  throw new Error('readMspdi accepted the input');
}

/** Deterministic noise (xorshift32, four bytes a step), so a failure can be reproduced. */
function noise(bytes: number, seed = 0x2545f491): Uint8Array {
  const words = new Uint32Array(Math.ceil(bytes / 4));
  let x = seed;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x;
  }
  return new Uint8Array(words.buffer, 0, bytes);
}

function bigProject(tasks: number): string {
  const body: string[] = [];
  for (let uid = 1; uid <= tasks; uid++) {
    const link =
      uid > 1
        ? `<PredecessorLink><PredecessorUID>${uid - 1}</PredecessorUID><Type>1</Type></PredecessorLink>`
        : '';
    body.push(task(uid, `<Start>2024-01-08T08:00:00</Start><Finish>2024-01-08T17:00:00</Finish>${link}`));
  }
  return mspdi({ tasks: body.join('') });
}

describe('readMspdi refuses hostile input with a FormatError', () => {
  it('refuses a billion-laughs document at its DOCTYPE, naming the line', () => {
    const entities = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++)
      entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const text = `<?xml version="1.0"?>\n<!DOCTYPE Project [\n${entities.join('\n')}\n]>\n<Project xmlns="http://schemas.microsoft.com/project"><Name>&lol9;</Name></Project>`;
    const error = refusal(text);
    expect(error.message).toMatch(/^hostile\.xml:2: <!DOCTYPE>: DOCTYPE declarations are refused/);
    expect(error.line).toBe(2);
  });

  it('refuses an external entity declaration', () => {
    const text = `<?xml version="1.0"?>\n<!DOCTYPE Project [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<Project xmlns="http://schemas.microsoft.com/project"><Name>&xxe;</Name></Project>`;
    expect(refusal(text).message).toMatch(/DOCTYPE declarations are refused/);
  });

  it('refuses an entity declaration even without a DOCTYPE in front', () => {
    expect(refusal('<Project>\n<!ENTITY x "y"></Project>').message).toMatch(
      /^hostile\.xml:2: <!ENTITY>: ENTITY/,
    );
  });

  // Generating 50 MB of noise takes seconds on a busy machine; the refusal itself takes milliseconds.
  it('refuses 50 MB of random bytes as not XML', { timeout: 30_000 }, () => {
    const bytes = noise(50 * 1024 * 1024);
    bytes[0] = 0x8f;
    const error = refusal(new TextDecoder().decode(bytes));
    expect(error.message).toMatch(/not XML: the first character is .*, not "<"/);
    expect(error.line).toBe(1);
  });

  it('refuses 50 MB of random bytes that happen to start with "<" as malformed XML', {
    timeout: 30_000,
  }, () => {
    const bytes = noise(50 * 1024 * 1024, 0x1234567);
    bytes[0] = 0x3c;
    expect(refusal(new TextDecoder().decode(bytes)).message).toMatch(/malformed/);
  });

  it('refuses input over maxBytes before reading it', () => {
    expect(refusal(mspdi(), { maxBytes: 1000 }).message).toMatch(/over the 1000 bytes limit/);
  });

  it('refuses a document cut in half, naming the line and the element where it breaks', () => {
    const text = bigProject(200);
    const half = text.slice(0, Math.floor(text.length / 2));
    const error = refusal(half);
    expect(error.message).toMatch(/truncated XML/);
    expect(error.line).toBeGreaterThan(1);
    expect(error.line).toBeLessThanOrEqual(half.split('\n').length);
    expect(error.element).toBeTruthy();
  });

  it('refuses a predecessor link to a task that is not in the file, naming task, element and line', () => {
    const text = mspdi({
      tasks:
        task(1) +
        task(2, '<PredecessorLink><PredecessorUID>99</PredecessorUID><Type>1</Type></PredecessorLink>'),
    });
    const error = refusal(text);
    const line = text.split('\n').findIndex((row) => row.includes('<PredecessorUID>99')) + 1;
    expect(error.line).toBe(line);
    expect(error.element).toBe('Task[UID=2]/PredecessorLink/PredecessorUID');
    expect(error.message).toContain('task 2 names predecessor UID 99, which is not a task of this file');
  });

  it('refuses dangling calendar, task and resource references, naming the element', () => {
    expect(refusal(mspdi({ tasks: task(1, '<CalendarUID>42</CalendarUID>') })).element).toBe(
      'Task[UID=1]/CalendarUID',
    );
    const assignment = (taskUid: number, resourceUid: number) =>
      `<Assignment><UID>1</UID><TaskUID>${taskUid}</TaskUID><ResourceUID>${resourceUid}</ResourceUID></Assignment>`;
    const resource = '<Resource><UID>1</UID><Name>Ann</Name></Resource>';
    expect(
      refusal(mspdi({ tasks: task(1), resources: resource, assignments: assignment(7, 1) })).message,
    ).toMatch(/<Assignment\[UID=1\]\/TaskUID>: task UID 7 is not a task of this file/);
    expect(
      refusal(mspdi({ tasks: task(1), resources: resource, assignments: assignment(1, 9) })).message,
    ).toMatch(/<Assignment\[UID=1\]\/ResourceUID>: resource UID 9 is not a resource of this file/);
  });

  it('refuses an undeclared entity reference', () => {
    expect(refusal(mspdi({ tasks: task(1, '<Name>a &nbsp; b</Name>') })).message).toMatch(
      /<Task\[UID=1\]\/Name>: undeclared entity or bad character reference "&nbsp;"/,
    );
  });

  it('refuses a malformed number, naming the field and its line', () => {
    const text = mspdi({ tasks: task(1, '<Priority>high</Priority>') });
    const error = refusal(text);
    expect(error.element).toBe('Task[UID=1]/Priority');
    expect(error.line).toBe(text.split('\n').findIndex((row) => row.includes('<Priority>high')) + 1);
  });

  it('refuses a document whose root is not an MSPDI Project', () => {
    expect(refusal('<?xml version="1.0"?><html><body/></html>').message).toMatch(/root element is <html>/);
    expect(refusal('<Project xmlns="urn:other"><Name>x</Name></Project>').message).toMatch(
      /namespace "urn:other"/,
    );
  });

  it('refuses empty input', () => {
    expect(refusal('  \n ').message).toMatch(/input is empty/);
  });
});

describe.skipIf(!existsSync(SAMPLES))('readMspdi on a real sample cut in half', () => {
  if (!existsSync(SAMPLES)) console.info(`skipped: MSPDI samples not found at ${SAMPLES.pathname}`);

  it('refuses the first half of mpxj__sample.xml as truncated', () => {
    const text = readFileSync(new URL('mpxj__sample.xml', SAMPLES), 'utf8');
    const error = refusal(text.slice(0, text.length >> 1));
    expect(error.message).toMatch(/truncated XML/);
    expect(error.element).toBeTruthy();
    expect(error.line).toBeGreaterThan(1);
  });
});
