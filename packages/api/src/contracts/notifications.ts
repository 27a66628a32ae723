import { z } from 'zod';
import { idSchema, utcTimestampSchema } from './common';

/**
 * What a notification is about: a feature's forecast passed its target date (sent to the feature's
 * owner), or a release's forecast passed its target (sent to the owners of its features).
 */
export const notificationKindSchema = z.enum(['feature-late', 'release-late']);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

/** One message for the signed-in user. */
export const notificationSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  kind: notificationKindSchema,
  /** The feature (`feature-late`) or release (`release-late`) the message is about. */
  subjectId: idSchema,
  message: z.string(),
  createdAt: utcTimestampSchema,
  /** When the user marked it read; null while unread. */
  readAt: utcTimestampSchema.nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

/** The user's notifications in a workspace, newest first, and how many of all of them are unread. */
export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unreadCount: z.number().int().min(0),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

export const notificationListQuerySchema = z.strictObject({
  /** Only the unread ones. */
  unread: z.enum(['true', 'false']).optional(),
  /** At most this many (newest first); default 50. */
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const notificationParamsSchema = z.strictObject({
  workspaceId: idSchema,
  notificationId: idSchema,
});

/** How many notifications a mark-all-read changed; none are unread afterwards. */
export const markAllReadResultSchema = z.object({ marked: z.number().int().min(0) });
