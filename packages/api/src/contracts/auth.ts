import { z } from 'zod';
import { idSchema, textInput, utcTimestampSchema } from './common';
import { roleSchema } from './workspaces';

const emailSchema = z
  .email({ message: 'must be an email address' })
  .max(254)
  .transform((email) => email.toLowerCase());

export const PASSWORD_MIN_LENGTH = 8;

export const signUpRequestSchema = z.strictObject({
  email: emailSchema,
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
    .max(256),
  name: textInput(120, { required: true }),
});
export type SignUpRequest = z.input<typeof signUpRequestSchema>;

export const signInRequestSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, { message: 'must not be empty' }).max(256),
});
export type SignInRequest = z.input<typeof signInRequestSchema>;

export const userSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  createdAt: utcTimestampSchema,
});
export type User = z.infer<typeof userSchema>;

export const membershipSchema = z.object({
  workspaceId: idSchema,
  workspaceName: z.string(),
  role: roleSchema,
});
export type Membership = z.infer<typeof membershipSchema>;

/**
 * The signed-in session. `csrfToken` must be sent back as the `x-csrf-token` header on every
 * state-changing request (the session itself travels in the HttpOnly `tandem_session` cookie).
 */
export const sessionSchema = z.object({
  user: userSchema,
  csrfToken: z.string(),
  expiresAt: utcTimestampSchema,
  memberships: z.array(membershipSchema),
});
export type Session = z.infer<typeof sessionSchema>;

export const SESSION_COOKIE = 'tandem_session';
export const CSRF_HEADER = 'x-csrf-token';
