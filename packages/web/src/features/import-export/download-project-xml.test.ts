import { describe, expect, it } from 'vitest';
import { downloadProjectXml, exportPath, fileNameFrom } from './download-project-xml';

describe('fileNameFrom', () => {
  it('reads the plain and the UTF-8 file name, preferring the latter', () => {
    expect(fileNameFrom('attachment; filename="export.xml"')).toBe('export.xml');
    expect(fileNameFrom('attachment; filename="x.xml"; filename*=UTF-8\'\'Bau%20%C3%9Cbersicht.xml')).toBe(
      'Bau Übersicht.xml',
    );
  });
  it('never lets a header choose a folder', () => {
    expect(fileNameFrom('attachment; filename="../../etc/passwd"')).toBe('passwd');
  });
  it('falls back to export.xml', () => {
    expect(fileNameFrom(null)).toBe('export.xml');
    expect(fileNameFrom('attachment')).toBe('export.xml');
  });
});

describe('downloadProjectXml', () => {
  it('fetches the export route with the session cookie', async () => {
    const calls: string[] = [];
    const result = await downloadProjectXml('p1', async (url, init) => {
      calls.push(`${url} ${init.credentials}`);
      return new Response('<Project/>', {
        headers: { 'content-disposition': 'attachment; filename="export.xml"' },
      });
    });
    expect(calls).toEqual([`${exportPath('p1')} include`]);
    expect(result.fileName).toBe('export.xml');
    expect(await result.blob.text()).toBe('<Project/>');
  });
  it("rejects with the server's explanation instead of saving an error page", async () => {
    const problem = { type: '/problems/not-found', title: 'Not found', status: 404, detail: 'No project p1' };
    await expect(
      downloadProjectXml('p1', async () => new Response(JSON.stringify(problem), { status: 404 })),
    ).rejects.toThrow('No project p1');
  });
});
