import { z } from 'zod';

export const databaseKindSchema = z.enum(['sqlite', 'postgres']);
export type DatabaseKind = z.infer<typeof databaseKindSchema>;

export const healthSchema = z.object({
  status: z.literal('ok'),
  database: databaseKindSchema,
  version: z.string(),
});
export type Health = z.infer<typeof healthSchema>;
