import type { ImportResult } from '@tandem/api';
import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatImportIssue,
  ImportError,
  importSummary,
  readImportAnswer,
  type UploadRequest,
  uploadProjectXml,
} from './upload-project-xml';

const project: ImportResult['project'] = {
  id: '0190a000-0000-7000-8000-000000000001',
  workspaceId: '0190a000-0000-7000-8000-000000000002',
  name: 'Commercial construction',
  description: '',
  start: '2026-03-02T08:00:00',
  finish: '2026-09-30T17:00:00',
  status: 'planned',
  calendar: {
    minutesPerDay: 480,
    minutesPerWeek: 2400,
    daysPerMonth: 20,
    workingDays: [1, 2, 3, 4, 5],
    workingTimes: [
      { from: 480, to: 720 },
      { from: 780, to: 1020 },
    ],
  },
  calendarId: null,
  scheduleFrom: 'start',
  finishDate: null,
  statusDate: null,
  currency: 'EUR',
  taskCount: 42,
  version: 1,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
};

const importResult: ImportResult = {
  project,
  tasks: 42,
  links: 50,
  calendars: 1,
  resources: 3,
  assignments: 4,
  datesMatchingFile: 40,
  datesCompared: 40,
  warnings: [],
};

/** A request that answers `status` with `body` after reporting two progress events. */
function fakeRequest(status: number, body: string, log: string[] = []): UploadRequest {
  const request: UploadRequest = {
    withCredentials: false,
    status,
    responseText: body,
    upload: { onprogress: null },
    onload: null,
    onerror: null,
    onabort: null,
    open: (method, url) => log.push(`${method} ${url}`),
    setRequestHeader: (name, value) => log.push(`${name}: ${value}`),
    abort: () => request.onabort?.(),
    send: () => {
      request.upload.onprogress?.({ loaded: 50, total: 200, lengthComputable: true });
      request.upload.onprogress?.({ loaded: 200, total: 200, lengthComputable: true });
      request.onload?.();
    },
  };
  return request;
}

describe('uploadProjectXml', () => {
  it('posts the file with the CSRF token, reports progress and resolves with the project', async () => {
    const log: string[] = [];
    const progress: number[] = [];
    const result = await uploadProjectXml({
      workspaceId: 'w1',
      file: new Blob(['<Project/>']),
      csrfToken: 'token-1',
      onProgress: (fraction) => progress.push(fraction),
      createRequest: () => fakeRequest(201, JSON.stringify(importResult), log),
    });
    expect(result.project.id).toBe(project.id);
    expect(result.datesMatchingFile).toBe(40);
    expect(progress).toEqual([0.25, 1]);
    expect(log).toContain('POST /api/v1/workspaces/w1/projects/import');
    expect(log).toContain('x-csrf-token: token-1');
    expect(log).toContain('content-type: application/xml');
  });

  it('rejects with the line and element the server names', async () => {
    const problem = {
      type: '/problems/validation',
      title: 'The file is not a valid Microsoft Project XML document',
      status: 422,
      detail: 'upload.xml:12: <Task[UID=4]/Start>: is not a date-time',
      line: 12,
      element: 'Task[UID=4]/Start',
    };
    const failure = uploadProjectXml({
      workspaceId: 'w1',
      file: new Blob(['<Project>']),
      csrfToken: null,
      onProgress: () => {},
      createRequest: () => fakeRequest(422, JSON.stringify(problem)),
    });
    await expect(failure).rejects.toBeInstanceOf(ImportError);
    const error = (await failure.catch((e: unknown) => e)) as ImportError;
    expect(error.message).toBe(problem.title);
    expect(error.issues.map(formatImportIssue)).toEqual(['Line 12, Task[UID=4]/Start: is not a date-time']);
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    const request = fakeRequest(201, '{}');
    request.send = () => controller.abort();
    const failure = uploadProjectXml({
      workspaceId: 'w1',
      file: new Blob(['<Project/>']),
      csrfToken: null,
      onProgress: () => {},
      signal: controller.signal,
      createRequest: () => request,
    });
    await expect(failure).rejects.toThrow('cancelled');
  });
});

describe('readImportAnswer', () => {
  it("shows the server's line and element once, in front of the reason", () => {
    const body = JSON.stringify({
      type: '/problems/validation',
      title: 'Unreadable MS Project XML',
      status: 422,
      detail: 'body:88: <Task[UID=7]/Duration>: must not be negative',
      errors: [
        {
          field: 'body.Task[UID=7]/Duration',
          message: 'line 88, <Task[UID=7]/Duration>: must not be negative',
        },
      ],
    });
    const error = (() => {
      try {
        readImportAnswer(422, body);
      } catch (e) {
        return e as ImportError;
      }
      throw new Error('expected a failure');
    })();
    expect(error.message).toBe('Unreadable MS Project XML');
    expect(error.issues.map(formatImportIssue)).toEqual([
      'Line 88, Task[UID=7]/Duration: must not be negative',
    ]);
  });
  it('explains a body the server refused for size even without a problem document', () => {
    expect(() => readImportAnswer(413, '')).toThrow('too large');
  });
  it('refuses a success answer without the project', () => {
    expect(() => readImportAnswer(201, JSON.stringify({ ok: true }))).toThrow('without the imported project');
  });
});

describe('formatBytes', () => {
  it('prints sizes as people read them', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(640 * 1024)).toBe('640 KB');
    expect(formatBytes(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});

describe('importSummary', () => {
  it('says how many dates match the file, and the first notes', () => {
    expect(importSummary(importResult)).toBe(
      "42 tasks, 50 links, 3 resources. 40 of 40 task dates match Microsoft Project's.",
    );
    const noted = { ...importResult, datesCompared: 0, warnings: ['a.', 'b.', 'c.', 'd.'] };
    expect(importSummary(noted)).toBe('42 tasks, 50 links, 3 resources. a. b. c. (1 more notes)');
  });
});
