import { describe, expect, it } from 'vitest';
import { SERVER_SEMI_SPACE_MB, serverNodeFlags } from './server-node-flags';

describe('serverNodeFlags', () => {
  it('gives the server larger semi-spaces unless told otherwise', () => {
    expect(serverNodeFlags({})).toEqual([`--max-semi-space-size=${SERVER_SEMI_SPACE_MB}`]);
    expect(serverNodeFlags({ TANDEM_SEMI_SPACE_MB: ' 128 ' })).toEqual(['--max-semi-space-size=128']);
  });

  it("leaves V8's default for 0 or 16", () => {
    expect(serverNodeFlags({ TANDEM_SEMI_SPACE_MB: '0' })).toEqual([]);
    expect(serverNodeFlags({ TANDEM_SEMI_SPACE_MB: '16' })).toEqual([]);
  });

  it('names the variable when its value is not a size', () => {
    for (const bad of ['-1', '1.5', 'big', '2048']) {
      expect(() => serverNodeFlags({ TANDEM_SEMI_SPACE_MB: bad })).toThrow(
        `TANDEM_SEMI_SPACE_MB must be a whole number of MiB from 0 to 1024, not "${bad}"`,
      );
    }
  });
});
