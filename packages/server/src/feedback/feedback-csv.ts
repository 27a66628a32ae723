import { type CreateFeedbackRequest, createFeedbackRequestSchema, problemTypes } from '@tandem/api';
import { FormatError, readCsv } from '@tandem/formats';
import { ProblemError, problems } from '../http/problem-error';

const COLUMNS = ['text', 'source', 'customer', 'company', 'segment', 'importance', 'tags'];

/**
 * Feedback items from CSV: a header row (`text` required), tags separated by `;`. Every row is
 * checked with the API's own schema; the first bad one refuses the file, naming line and column.
 */
export function feedbackFromCsv(csv: string, fileName = 'feedback.csv'): CreateFeedbackRequest[] {
  let parsed: ReturnType<typeof readCsv>;
  try {
    parsed = readCsv(csv, { fileName });
  } catch (error) {
    if (error instanceof FormatError) throw problems.validation('body.csv', error.message);
    throw error;
  }
  if (!parsed.headers.includes('text'))
    throw problems.validation('body.csv', `${fileName}:1: a "text" column is needed`);
  const unknown = parsed.headers.find((h) => !COLUMNS.includes(h));
  if (unknown)
    throw problems.validation(
      'body.csv',
      `${fileName}:1: unknown column "${unknown}" (known: ${COLUMNS.join(', ')})`,
    );
  return parsed.records.map((record) => {
    const v = record.values;
    const candidate = {
      text: v.text,
      ...(v.source ? { source: v.source } : { source: 'csv' }),
      ...(v.customer ? { customer: v.customer } : {}),
      ...(v.company ? { company: v.company } : {}),
      ...(v.segment ? { segment: v.segment } : {}),
      ...(v.importance ? { importance: v.importance.trim().toLowerCase() } : {}),
      ...(v.tags
        ? {
            tags: v.tags
              .split(';')
              .map((t) => t.trim())
              .filter((t) => t !== ''),
          }
        : {}),
    };
    const result = createFeedbackRequestSchema.safeParse(candidate);
    if (!result.success) {
      const issue = result.error.issues[0];
      const column = String(issue.path[0] ?? 'text');
      throw new ProblemError({
        status: 400,
        type: problemTypes.validation,
        title: 'Invalid request',
        detail: `${fileName}:${record.line}: column ${column}: ${issue.message}`,
        errors: [{ field: `body.csv:${record.line}:${column}`, message: issue.message }],
      });
    }
    return result.data;
  });
}
