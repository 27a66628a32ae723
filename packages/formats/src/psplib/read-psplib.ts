import type { RcpspInstance } from '@tandem/engine';
import { FormatError } from '../errors';

/** A PSPLIB single-mode instance: the RCPSP plus the header figures of its file. */
export type PsplibInstance = RcpspInstance & {
  /** Instance name: the file name without folder and `.sm` (e.g. `j301_1`), or `psplib`. */
  readonly name: string;
  /** `MPM-Time` of the file: the critical-path lower bound of the makespan, periods. */
  readonly mpmTime: number;
  /** `horizon` of the file (sum of durations), periods. */
  readonly horizon: number;
};

interface Cursor {
  readonly lines: readonly string[];
  index: number;
  readonly file: string | undefined;
}

/**
 * Read a PSPLIB single-mode `.sm` file (Kolisch & Sprecher 1996). Jobs become activities
 * 0..n-1 (job 1 = activity 0, the source). Only renewable resources and one mode are accepted.
 * @throws FormatError naming the file and line of the first problem
 */
export function readPsplibSm(text: string, fileName?: string): PsplibInstance {
  const cur: Cursor = { lines: text.split(/\r?\n/), index: 0, file: fileName };
  const jobs = headerNumber(cur, /^jobs \(incl\. supersource\/sink \)\s*:\s*(\S+)/, 'jobs');
  const horizon = headerNumber(cur, /^horizon\s*:\s*(\S+)/, 'horizon');
  const renewable = headerNumber(cur, /^\s*- renewable\s*:\s*(\S+)/, 'renewable');
  const nonrenewable = headerNumber(cur, /^\s*- nonrenewable\s*:\s*(\S+)/, 'nonrenewable');
  if (nonrenewable !== 0)
    fail(cur, `${nonrenewable} nonrenewable resources: only renewable ones are supported`);
  const doubly = headerNumber(cur, /^\s*- doubly constrained\s*:\s*(\S+)/, 'doubly constrained');
  if (doubly !== 0) fail(cur, `${doubly} doubly constrained resources: only renewable ones are supported`);

  seek(cur, /^PROJECT INFORMATION:/, 'PROJECT INFORMATION');
  cur.index += 2;
  const project = numbers(
    cur,
    6,
    'project information row (pronr. #jobs rel.date duedate tardcost MPM-Time)',
  );
  if (project.length < 6) fail(cur, `project information row has ${project.length} numbers, expected 6`);
  if (project[1] + 2 !== jobs) fail(cur, `#jobs ${project[1]} does not match jobs ${jobs} (incl. 2 dummies)`);
  const mpmTime = project[5];

  const n = jobs;
  const R = renewable;
  seek(cur, /^PRECEDENCE RELATIONS:/, 'PRECEDENCE RELATIONS');
  cur.index += 2;
  const successorOffsets = new Int32Array(n + 1);
  const successorList: number[] = [];
  for (let j = 0; j < n; j++) {
    const row = numbers(cur, 3, `precedence row of job ${j + 1}`);
    expectJob(cur, row[0], j);
    if (row[1] !== 1) fail(cur, `job ${j + 1} has ${row[1]} modes: only single-mode files are supported`);
    if (row.length !== 3 + row[2])
      fail(cur, `job ${j + 1} announces ${row[2]} successors but lists ${row.length - 3}`);
    for (let k = 3; k < row.length; k++) {
      if (row[k] < 1 || row[k] > n) fail(cur, `job ${j + 1}: successor ${row[k]} is not a job (1..${n})`);
      if (row[k] === j + 1) fail(cur, `job ${j + 1} is its own successor`);
      successorList.push(row[k] - 1);
    }
    successorOffsets[j + 1] = successorList.length;
    cur.index++;
  }

  seek(cur, /^REQUESTS\/DURATIONS:/, 'REQUESTS/DURATIONS');
  cur.index += 3;
  const durations = new Int32Array(n);
  const requests = new Int32Array(n * R);
  for (let j = 0; j < n; j++) {
    const row = numbers(cur, 3 + R, `request row of job ${j + 1}`);
    expectJob(cur, row[0], j);
    if (row[1] !== 1) fail(cur, `job ${j + 1}: mode ${row[1]}, only mode 1 is supported`);
    if (row.length !== 3 + R) fail(cur, `job ${j + 1}: ${row.length} numbers, expected ${3 + R}`);
    durations[j] = row[2];
    for (let r = 0; r < R; r++) requests[j * R + r] = row[3 + r];
    cur.index++;
  }

  seek(cur, /^RESOURCEAVAILABILITIES:/, 'RESOURCEAVAILABILITIES');
  cur.index += 2;
  const caps = numbers(cur, R, 'resource availabilities');
  if (caps.length !== R) fail(cur, `${caps.length} resource availabilities, expected ${R}`);
  const capacities = Int32Array.from(caps);
  for (let j = 0; j < n; j++) {
    for (let r = 0; r < R; r++) {
      if (requests[j * R + r] > capacities[r] && durations[j] > 0) {
        throw new FormatError(
          `job ${j + 1} requests ${requests[j * R + r]} of R ${r + 1}, capacity ${capacities[r]}`,
          {
            file: fileName,
            element: 'REQUESTS/DURATIONS',
          },
        );
      }
    }
  }
  return {
    name: instanceName(fileName),
    mpmTime,
    horizon,
    activityCount: n,
    resourceCount: R,
    durations,
    successorOffsets,
    successors: Int32Array.from(successorList),
    requests,
    capacities,
  };
}

/**
 * Read a PSPLIB makespan table: `j30opt.sm` (Paramter Instance Makespan CPU-Time),
 * `j30hrs.sm`/`j60hrs.sm` (Par Inst Makespan Date Author) or `j60lb.sm` (Par Inst UB LB …, the UB
 * is taken). Header lines are skipped; every row starting with three integers is data.
 * @returns makespan (periods) by key `P_I`, e.g. `1_1` for instance `j301_1`
 * @throws FormatError naming the line of a duplicate row, or when no row is found
 */
export function readPsplibBounds(text: string, fileName?: string): Map<string, number> {
  const bounds = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*(\d+)\s+(\d+)\s+(\d+)(?:\s|$)/.exec(lines[i]);
    if (!m) continue;
    const key = `${Number(m[1])}_${Number(m[2])}`;
    if (bounds.has(key))
      throw new FormatError(`duplicate row for parameter ${m[1]} instance ${m[2]}`, {
        file: fileName,
        line: i + 1,
      });
    bounds.set(key, Number(m[3]));
  }
  if (bounds.size === 0)
    throw new FormatError('no makespan rows (Par Inst Makespan …) found', { file: fileName });
  return bounds;
}

/**
 * The bounds-table key (`P_I`) of a PSPLIB instance name such as `j3012_7` (set j30, P 12, I 7).
 * @returns the key, or undefined when the name does not follow the PSPLIB pattern
 */
export function psplibBoundsKey(name: string): string | undefined {
  const m = /^j(120|30|60|90)(\d+)_(\d+)$/.exec(name);
  return m ? `${Number(m[2])}_${Number(m[3])}` : undefined;
}

function instanceName(fileName: string | undefined): string {
  if (!fileName) return 'psplib';
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.sm$/i, '');
}

function headerNumber(cur: Cursor, pattern: RegExp, field: string): number {
  for (let i = cur.index; i < cur.lines.length; i++) {
    const m = pattern.exec(cur.lines[i]);
    if (!m) continue;
    if (!/^\d+$/.test(m[1]))
      throw new FormatError(`${field}: "${m[1]}" is not a whole number`, {
        file: cur.file,
        line: i + 1,
        element: field,
      });
    cur.index = i + 1;
    return Number(m[1]);
  }
  throw new FormatError(`missing header field "${field}"`, {
    file: cur.file,
    line: cur.index + 1,
    element: field,
  });
}

function seek(cur: Cursor, pattern: RegExp, section: string): void {
  for (let i = cur.index; i < cur.lines.length; i++) {
    if (pattern.test(cur.lines[i])) {
      cur.index = i;
      return;
    }
  }
  throw new FormatError(`missing section ${section}`, {
    file: cur.file,
    line: cur.lines.length,
    element: section,
  });
}

function numbers(cur: Cursor, atLeast: number, what: string): number[] {
  const line = cur.lines[cur.index];
  if (line === undefined) fail(cur, `file ends before the ${what}`);
  const tokens = line
    .trim()
    .split(/\s+/)
    .filter((t) => t.length > 0);
  if (tokens.length < atLeast) fail(cur, `${what}: ${tokens.length} numbers, expected at least ${atLeast}`);
  return tokens.map((t) => {
    if (!/^\d+$/.test(t)) fail(cur, `${what}: "${t}" is not a whole number`);
    return Number(t);
  });
}

function expectJob(cur: Cursor, found: number, j: number): void {
  if (found !== j + 1) fail(cur, `expected job ${j + 1}, found job ${found}`);
}

function fail(cur: Cursor, reason: string): never {
  throw new FormatError(reason, { file: cur.file, line: cur.index + 1 });
}
