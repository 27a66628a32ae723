import { z } from 'zod';
import { projectSchema } from './projects';

/**
 * MS Project XML (MSPDI) import and export. These two routes carry XML, not JSON, so they sit
 * outside the typed JSON route map (`routes.ts`); call them with `fetch`:
 *
 * - `POST /api/v1/workspaces/:workspaceId/projects/import` with the file as the body
 *   (`content-type: application/xml` or `text/xml`, at most `MSPDI_IMPORT_MAX_BYTES`) answers 201
 *   with an `ImportResult`; a file that cannot be read is 422 naming the line and element.
 * - `GET /api/v1/projects/:projectId/export.xml` answers the project as MSPDI
 *   (`application/xml`, with a `content-disposition` file name).
 */
export const mspdiRoutes = {
  importProject: { method: 'POST', path: '/api/v1/workspaces/:workspaceId/projects/import' },
  exportProject: { method: 'GET', path: '/api/v1/projects/:projectId/export.xml' },
} as const;

/** The largest MS Project XML body the import takes, in bytes (50 MB). */
export const MSPDI_IMPORT_MAX_BYTES = 50 * 1024 * 1024;

export const importResultSchema = z.object({
  /** The new project, scheduled by Tandem's engine. */
  project: projectSchema,
  tasks: z.number().int().min(0),
  links: z.number().int().min(0),
  calendars: z.number().int().min(0),
  resources: z.number().int().min(0),
  assignments: z.number().int().min(0),
  /** Tasks whose start and finish equal the dates Microsoft Project stored in the file. */
  datesMatchingFile: z.number().int().min(0),
  /** Tasks the file stored dates for (summaries and tasks without dates are not compared). */
  datesCompared: z.number().int().min(0),
  /** What the file holds that Tandem does not keep, or approximated, one sentence each. */
  warnings: z.array(z.string()),
});
export type ImportResult = z.infer<typeof importResultSchema>;
