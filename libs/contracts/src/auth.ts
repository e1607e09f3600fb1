import { z } from 'zod';
import { Id, Language, Timestamp, multiline } from './common';

const email = z.string().trim().toLowerCase().pipe(z.email().max(254));
const password = z.string().min(10).max(200);
const displayName = z.string().trim().min(2).max(80);

/** Where someone works: one line (line breaks and runs of spaces become one space). */
const organisation = z.string().overwrite((s) => s.replace(/\s+/g, ' ').trim()).max(120);
/** A few sentences about yourself for fellow members; plain text, line breaks kept. */
const bio = multiline(500);

export const RegisterBody = z.object({
  email,
  password,
  displayName,
  language: Language.default('nl'),
  /** Present when someone registers from an invitation link: they join in the same step. */
  invitationToken: z.string().min(10).max(200).optional(),
});
export type RegisterBody = z.input<typeof RegisterBody>;

export const LoginBody = z.object({
  email,
  password: z.string().min(1).max(200),
  invitationToken: z.string().min(10).max(200).optional(),
});
export type LoginBody = z.input<typeof LoginBody>;

export const UpdateProfileBody = z
  .object({ displayName: displayName.optional(), language: Language.optional(), organisation: organisation.optional(), bio: bio.optional() })
  .refine((body) => Object.keys(body).length > 0, { message: 'Nothing to change' });
export type UpdateProfileBody = z.input<typeof UpdateProfileBody>;

/** The current password proves it is really you; the new one follows the registration rules. */
export const ChangePasswordBody = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: password })
  .refine((body) => body.newPassword !== body.currentPassword, { path: ['newPassword'], message: 'Same as the current password' });
export type ChangePasswordBody = z.input<typeof ChangePasswordBody>;

export const Me = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  language: Language,
  isPlatformAdmin: z.boolean(),
  /** Shown to fellow members on the Leden tab; empty when the person said nothing. */
  organisation: z.string(),
  bio: z.string(),
});
export type Me = z.infer<typeof Me>;

/** Answer to register/login: the account and, when an invitation was used, the network joined. */
export const AuthResult = z.object({ user: Me, joinedNetworkId: Id.nullable() });
export type AuthResult = z.infer<typeof AuthResult>;

export const Session = z.object({
  id: Id,
  createdAt: Timestamp,
  lastSeenAt: Timestamp,
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type Session = z.infer<typeof Session>;
export const SessionList = z.array(Session);

export const SESSION_COOKIE = 'bp_session';

/** "Wachtwoord vergeten?": the answer is the same whether or not the address has an account. */
export const RequestPasswordResetBody = z.object({ email });
export type RequestPasswordResetBody = z.input<typeof RequestPasswordResetBody>;

/** The token comes from the link in the reset mail; the new password follows the registration rules. */
export const ResetPasswordBody = z.object({
  token: z.string().min(10, 'Not a valid reset token').max(200, 'Not a valid reset token'),
  newPassword: password,
});
export type ResetPasswordBody = z.input<typeof ResetPasswordBody>;

/** Deleting an account is confirmed with the current password. */
export const DeleteAccountBody = z.object({ password: z.string().min(1).max(200) });
export type DeleteAccountBody = z.input<typeof DeleteAccountBody>;
