import { describe, expect, it } from 'vitest';
import { FormatError } from '../errors';
import { psplibBoundsKey, readPsplibBounds, readPsplibSm } from './read-psplib';

const SMALL_SM = `************************************************************************
file with basedata            : tiny.bas
initial value random generator: 1
************************************************************************
projects                      :  1
jobs (incl. supersource/sink ):  5
horizon                       :  7
RESOURCES
  - renewable                 :  1   R
  - nonrenewable              :  0   N
  - doubly constrained        :  0   D
************************************************************************
PROJECT INFORMATION:
pronr.  #jobs rel.date duedate tardcost  MPM-Time
    1      3      0        4        1        4
************************************************************************
PRECEDENCE RELATIONS:
jobnr.    #modes  #successors   successors
   1        1          2           2   3
   2        1          1           5
   3        1          1           4
   4        1          1           5
   5        1          0
************************************************************************
REQUESTS/DURATIONS:
jobnr. mode duration  R 1
------------------------------------------------------------------------
  1      1     0       0
  2      1     3       2
  3      1     2       1
  4      1     2       2
  5      1     0       0
************************************************************************
RESOURCEAVAILABILITIES:
  R 1
    3
************************************************************************
`;

describe('readPsplibSm', () => {
  it('reads jobs as 0-based activities with CSR successors, requests and capacities', () => {
    const instance = readPsplibSm(SMALL_SM, 'data/j301_7.sm');
    expect(instance.name).toBe('j301_7');
    expect(instance.mpmTime).toBe(4);
    expect(instance.horizon).toBe(7);
    expect(instance.activityCount).toBe(5);
    expect(instance.resourceCount).toBe(1);
    expect([...instance.durations]).toEqual([0, 3, 2, 2, 0]);
    expect([...instance.successorOffsets]).toEqual([0, 2, 3, 4, 5, 5]);
    expect([...instance.successors]).toEqual([1, 2, 4, 3, 4]);
    expect([...instance.requests]).toEqual([0, 2, 1, 2, 0]);
    expect([...instance.capacities]).toEqual([3]);
  });

  it('names the file and line of a successor count that does not match the list', () => {
    const bad = SMALL_SM.replace(
      '   2        1          1           5',
      '   2        1          2           5',
    );
    expect(() => readPsplibSm(bad, 'bad.sm')).toThrow('bad.sm:20: job 2 announces 2 successors but lists 1');
  });

  it('names the line of a value that is not a number', () => {
    const bad = SMALL_SM.replace('  3      1     2       1', '  3      1     x       1');
    const error = captureError(() => readPsplibSm(bad, 'bad.sm'));
    expect(error).toBeInstanceOf(FormatError);
    expect(error.line).toBe(30);
    expect(error.message).toBe('bad.sm:30: request row of job 3: "x" is not a whole number');
  });

  it('names a job out of sequence', () => {
    const bad = SMALL_SM.replace(
      '   4        1          1           5',
      '   6        1          1           5',
    );
    expect(() => readPsplibSm(bad, 'bad.sm')).toThrow('bad.sm:22: expected job 4, found job 6');
  });

  it('rejects multi-mode files and nonrenewable resources', () => {
    expect(() => readPsplibSm(SMALL_SM.replace(':  0   N', ':  2   N'), 'mm.sm')).toThrow(
      'mm.sm:11: 2 nonrenewable resources: only renewable ones are supported',
    );
    const twoModes = SMALL_SM.replace(
      '   3        1          1           4',
      '   3        2          1           4',
    );
    expect(() => readPsplibSm(twoModes, 'mm.sm')).toThrow(
      'mm.sm:21: job 3 has 2 modes: only single-mode files are supported',
    );
  });

  it('names a missing section and a truncated file', () => {
    const cut = SMALL_SM.slice(0, SMALL_SM.indexOf('RESOURCEAVAILABILITIES'));
    expect(() => readPsplibSm(cut, 'cut.sm')).toThrow(
      /cut\.sm:\d+: <RESOURCEAVAILABILITIES>: missing section/,
    );
    expect(() => readPsplibSm('projects : 1\n', 'empty.sm')).toThrow('missing header field "jobs"');
  });

  it('rejects a request above the capacity', () => {
    const bad = SMALL_SM.replace('  2      1     3       2', '  2      1     3       4');
    expect(() => readPsplibSm(bad, 'big.sm')).toThrow('job 2 requests 4 of R 1, capacity 3');
  });
});

describe('readPsplibBounds', () => {
  it('reads the j30opt layout', () => {
    const text = `Authors' Name : E. Demeulemeester\n====\nParamter Instance Makespan CPU-Time[sec.]\n-----\n1       1         43       0.30\n1       10        45       0.04\n`;
    expect(readPsplibBounds(text)).toEqual(
      new Map([
        ['1_1', 43],
        ['1_10', 45],
      ]),
    );
  });

  it('reads the hrs layout (tabs, dates and authors) and the lb layout (UB column)', () => {
    const hrs =
      'Par\tInst\tMakespan\tDate\t\t\tAuthor\n1\t1\t77\t\tTue Apr  2 16:26:00 1996  R. Kolisch / A. Drexl\n';
    expect(readPsplibBounds(hrs).get('1_1')).toBe(77);
    const lb =
      'Brucker, P. and Knust, S. (1998)\nPar  Inst    UB   LB         Author LB\n 41  10   111   110    *    Philippe Laborie\n';
    expect(readPsplibBounds(lb).get('41_10')).toBe(111);
  });

  it('names the line of a duplicate row, and rejects a table without rows', () => {
    expect(() => readPsplibBounds('1 1 43\n1 1 44\n', 'opt.sm')).toThrow(
      'opt.sm:2: duplicate row for parameter 1 instance 1',
    );
    expect(() => readPsplibBounds('nothing here\n', 'opt.sm')).toThrow('opt.sm: no makespan rows');
  });

  it('maps instance names to table keys', () => {
    expect(psplibBoundsKey('j3012_7')).toBe('12_7');
    expect(psplibBoundsKey('j601_10')).toBe('1_10');
    expect(psplibBoundsKey('j12060_3')).toBe('60_3');
    expect(psplibBoundsKey('other')).toBeUndefined();
  });
});

function captureError(run: () => unknown): FormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error('expected a FormatError');
}
