import { mspdiRoutes, problemSchema } from '@tandem/api';

/** The export route of the API. */
export function exportPath(projectId: string): string {
  return mspdiRoutes.exportProject.path.replace(':projectId', encodeURIComponent(projectId));
}

/**
 * The file name of a `Content-Disposition` header (`filename*=UTF-8''…` preferred over
 * `filename="…"`), stripped of any path; `export.xml` when the header names none.
 */
export function fileNameFrom(contentDisposition: string | null): string {
  if (!contentDisposition) return 'export.xml';
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(contentDisposition);
  let name: string | undefined;
  if (extended) {
    try {
      name = decodeURIComponent(extended[1].trim());
    } catch {
      name = undefined;
    }
  }
  name ??=
    /filename\s*=\s*"([^"]*)"/.exec(contentDisposition)?.[1] ??
    /filename\s*=\s*([^;\s]+)/.exec(contentDisposition)?.[1];
  const base = name?.split(/[\\/]/).pop()?.trim();
  return base ? base : 'export.xml';
}

type FetchFn = (
  url: string,
  init: { credentials: 'include'; headers: Record<string, string> },
) => Promise<Response>;

/**
 * Fetches the project as Microsoft Project XML with the session cookie. A failure rejects with
 * the server's explanation (its problem document's detail) rather than saving an error page.
 */
export async function downloadProjectXml(
  projectId: string,
  fetchFn: FetchFn = (url, init) => fetch(url, init),
): Promise<{ blob: Blob; fileName: string }> {
  const response = await fetchFn(exportPath(projectId), {
    credentials: 'include',
    headers: { accept: 'application/xml' },
  });
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const problem = problemSchema.safeParse(json);
    throw new Error(
      problem.success
        ? (problem.data.detail ?? problem.data.title)
        : `The server answered HTTP ${response.status}`,
    );
  }
  return { blob: await response.blob(), fileName: fileNameFrom(response.headers.get('content-disposition')) };
}
