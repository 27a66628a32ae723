import { z } from 'zod';
import { idSchema, listOf, textInput, utcTimestampSchema } from './common';

/** Roles, most to least powerful. Viewers read; members edit plans; admins manage members; owners everything. */
export const roleSchema = z.enum(['owner', 'admin', 'member', 'viewer']);
export type Role = z.infer<typeof roleSchema>;

export const workspaceSchema = z.object({
  id: idSchema,
  name: z.string(),
  /** The caller's role in this workspace. */
  role: roleSchema,
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const workspaceListSchema = listOf(workspaceSchema);
export type WorkspaceList = z.infer<typeof workspaceListSchema>;

export const createWorkspaceRequestSchema = z.strictObject({
  name: textInput(120, { required: true }),
});
export type CreateWorkspaceRequest = z.infer<typeof createWorkspaceRequestSchema>;

export const workspaceParamsSchema = z.strictObject({ workspaceId: idSchema });
export type WorkspaceParams = z.infer<typeof workspaceParamsSchema>;

export const memberSchema = z.object({
  userId: idSchema,
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  joinedAt: utcTimestampSchema,
});
export type Member = z.infer<typeof memberSchema>;

export const memberListSchema = listOf(memberSchema);
export type MemberList = z.infer<typeof memberListSchema>;
