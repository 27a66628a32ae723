import { CSRF_HEADER, type ImportResult, importResultSchema, mspdiRoutes, problemSchema } from '@tandem/api';

/** Where an import failed, as the server names it (line of the file, element or field). */
export interface ImportIssue {
  readonly message: string;
  readonly line?: number;
  readonly field?: string;
}

/** A refused or failed import: a title and every issue the server listed. */
export class ImportError extends Error {
  readonly status: number;
  readonly issues: readonly ImportIssue[];

  constructor(title: string, status: number, issues: readonly ImportIssue[]) {
    super(title);
    this.name = 'ImportError';
    this.status = status;
    this.issues = issues;
  }
}

/** The part of XMLHttpRequest the upload uses (a fake in tests). */
export interface UploadRequest {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body: Blob | string): void;
  abort(): void;
  withCredentials: boolean;
  readonly status: number;
  readonly responseText: string;
  readonly upload: {
    onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null;
  };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
}

export interface UploadOptions {
  readonly workspaceId: string;
  readonly file: Blob;
  readonly csrfToken: string | null;
  /** Share of the body sent, 0–1, as the browser reports it. */
  readonly onProgress: (fraction: number) => void;
  readonly signal?: AbortSignal;
  /** Makes the request (default: a new XMLHttpRequest, whose upload progress fetch cannot report). */
  readonly createRequest?: () => UploadRequest;
}

/** The import route of the API. */
export function importPath(workspaceId: string): string {
  return mspdiRoutes.importProject.path.replace(':workspaceId', encodeURIComponent(workspaceId));
}

/**
 * Sends a Microsoft Project XML file to the import route and resolves with the import result
 * (the new project, counts, and how many dates match the file).
 * Upload progress is reported as the bytes leave; a refusal rejects with an `ImportError`
 * listing the problems with their line and field where the server names them.
 */
export function uploadProjectXml(options: UploadOptions): Promise<ImportResult> {
  const request = options.createRequest
    ? options.createRequest()
    : (new XMLHttpRequest() as unknown as UploadRequest);
  return new Promise<ImportResult>((resolve, reject) => {
    request.open('POST', importPath(options.workspaceId));
    request.withCredentials = true;
    request.setRequestHeader('content-type', 'application/xml');
    request.setRequestHeader('accept', 'application/json');
    if (options.csrfToken) request.setRequestHeader(CSRF_HEADER, options.csrfToken);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        options.onProgress(Math.min(1, event.loaded / event.total));
    };
    request.onload = () => {
      try {
        resolve(readImportAnswer(request.status, request.responseText));
      } catch (error) {
        reject(error);
      }
    };
    request.onerror = () =>
      reject(new ImportError('The upload failed: the server could not be reached', 0, []));
    request.onabort = () => reject(new ImportError('The upload was cancelled', 0, []));
    options.signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(options.file);
  });
}

/** The import result of a successful answer, or the `ImportError` of a failed one. */
export function readImportAnswer(status: number, text: string): ImportResult {
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (status >= 200 && status < 300) {
    const result = importResultSchema.safeParse(json);
    if (result.success) return result.data;
    throw new ImportError('The server answered without the imported project', status, []);
  }
  throw importErrorOf(status, json, text);
}

function importErrorOf(status: number, json: unknown, text: string): ImportError {
  const problem = problemSchema.safeParse(json);
  if (!problem.success) {
    const title =
      status === 413 ? 'The file is too large for the server' : `The import failed (HTTP ${status})`;
    return new ImportError(title, status, text ? [{ message: text.slice(0, 300) }] : []);
  }
  const data = problem.data;
  const issues: ImportIssue[] = [];
  const line = numberMember(data, 'line');
  const element = stringMember(data, 'element') ?? stringMember(data, 'field');
  for (const fieldError of data.errors ?? []) {
    // The server says `line 12, <Task[UID=4]/Start>: reason`; the place is shown once, in front.
    const located = /^line (\d+)(?:, <[^>]+>)?:\s*/.exec(fieldError.message);
    const field = fieldError.field.replace(/^body\.?/, '') || element;
    issues.push({
      message: located ? fieldError.message.slice(located[0].length) : fieldError.message,
      field,
      line: located ? Number(located[1]) : line,
    });
  }
  if (issues.length === 0) {
    const message = data.detail ?? data.title;
    // The reader's message starts with `file:line: <element>: `; said once, in the issue's place.
    const reason =
      line === undefined ? message : message.replace(/^[^\s:]*:\d+:\s*/, '').replace(/^<[^>]+>:\s*/, '');
    issues.push({ message: reason, line, field: element });
  }
  return new ImportError(data.title, status, issues);
}

function numberMember(object: Record<string, unknown>, key: string): number | undefined {
  const value = object[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function stringMember(object: Record<string, unknown>, key: string): string | undefined {
  const value = object[key];
  return typeof value === 'string' && value ? value : undefined;
}

/** `"Line 12, Task[UID=4]/Start: must be a date"`: one issue as the import dialog lists it. */
export function formatImportIssue(issue: ImportIssue): string {
  const where = [issue.line === undefined ? null : `Line ${issue.line}`, issue.field ?? null]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** `"1.2 MB"`, `"640 KB"`: a file size for the dialog. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * `"145 tasks, 160 links, 12 resources. 120 of 120 task dates match Microsoft Project's."` plus the first
 * warnings: what the user reads after an import.
 */
export function importSummary(result: ImportResult): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const counts = `${plural(result.tasks, 'task')}, ${plural(result.links, 'link')}, ${plural(result.resources, 'resource')}.`;
  const dates =
    result.datesCompared > 0
      ? ` ${result.datesMatchingFile} of ${result.datesCompared} task dates match Microsoft Project's.`
      : '';
  const shown = result.warnings.slice(0, 3);
  const more =
    result.warnings.length > shown.length ? ` (${result.warnings.length - shown.length} more notes)` : '';
  return `${counts}${dates}${shown.length > 0 ? ` ${shown.join(' ')}${more}` : ''}`;
}
