import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMspdi } from './read-mspdi';
import { writeMspdi } from './write-mspdi';

const SAMPLES = new URL('../../../../../shared/samples/mspdi/', import.meta.url);
const present = existsSync(SAMPLES);
const files = present
  ? readdirSync(SAMPLES)
      .filter((name) => name.endsWith('.xml'))
      .sort()
  : [];

describe.skipIf(!present)('MSPDI round trip over every shared sample (read → write → read)', () => {
  if (!present) console.info(`skipped: MSPDI samples not found at ${SAMPLES.pathname}`);

  it('finds the samples', () => {
    expect(files.length).toBeGreaterThanOrEqual(26);
  });

  for (const name of files) {
    // Generous timeout: the 4 MB sample is read three times on a shared, busy machine.
    it(`${name}: gives the same model, with and without the reader's extras`, { timeout: 60_000 }, () => {
      const first = readMspdi(readFileSync(new URL(name, SAMPLES), 'utf8'), { fileName: name });
      const withExtras = readMspdi(writeMspdi(first.project, undefined, { extras: first.extras }), {
        fileName: `${name} (written)`,
      });
      expect(withExtras.project).toStrictEqual(first.project);
      expect(withExtras.extras.fieldDefinitions.length).toBeLessThanOrEqual(
        first.extras.fieldDefinitions.length,
      );
      const bare = readMspdi(writeMspdi(first.project), { fileName: `${name} (written, no extras)` });
      expect(bare.project).toStrictEqual(first.project);
    });
  }
});
